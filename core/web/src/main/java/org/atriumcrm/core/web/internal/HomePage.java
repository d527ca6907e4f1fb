package org.atriumcrm.core.web.internal;

import java.io.IOException;

import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;

/**
 * Answers the bare site address with the home page, and any other address no one serves with 404.
 * (Whiteboard resources have no welcome files, and Pax Web maps the empty pattern to the default
 * servlet "/", which a "/*" resource would shadow: hence the pages live under /ui/.)
 */
@Component(service = Servlet.class,
        // the empty pattern is the site root; as a plain property, since the annotation writes an empty list
        property = HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=")
@HttpWhiteboardServletName("atrium-home")
public class HomePage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.isEmpty() || "/".equals(path)) {
            request.getRequestDispatcher(WebPages.HOME).forward(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}

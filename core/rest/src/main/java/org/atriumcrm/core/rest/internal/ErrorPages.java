package org.atriumcrm.core.rest.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.UUID;

import javax.servlet.RequestDispatcher;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletErrorPage;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The error page of the whole web context, in place of Jetty's (which names the servlet and the
 * server): a problem+json body under {@code /api}, a plain page anywhere else. Only the status is
 * told; an exception that got this far goes to the log under an incident id.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("atrium-error-pages")
@HttpWhiteboardServletErrorPage(errorPage = {"4xx", "5xx"})
public class ErrorPages extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final String API = "/api";

    private final transient ObjectMapper mapper = JsonSupport.mapper();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        Response.StatusType type = statusType(status);
        String detail = detail(status, request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original ? original : "";
        response.setStatus(status);
        if (uri.equals(API) || uri.startsWith(API + "/")) {
            response.setContentType(Problem.MEDIA_TYPE);
            mapper.writeValue(response.getOutputStream(), Problem.of(type, detail));
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        String title = status + " " + type.getReasonPhrase();
        PrintWriter page = response.getWriter();
        page.println("<!doctype html>");
        page.println("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>");
        page.println("<body><h1>" + title + "</h1><p>" + detail + "</p><p><a href=\"/\">Atrium CRM</a></p></body></html>");
    }

    private static String detail(int status, Object exception) {
        if (status >= 500) {
            String incident = UUID.randomUUID().toString();
            LOG.error("Request failed with {}, incident {}", status, incident, exception instanceof Throwable t ? t : null);
            return "The server could not complete the request (incident " + incident + ").";
        }
        return switch (status) {
            case 404 -> "Nothing is served at this address.";
            case 405 -> "This address does not take this method.";
            default -> "The request was refused.";
        };
    }

    /** The standard reason phrase; a status JAX-RS does not name gets its family's. */
    private static Response.StatusType statusType(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known;
        }
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        return new Response.StatusType() {
            @Override
            public int getStatusCode() {
                return status;
            }

            @Override
            public Response.Status.Family getFamily() {
                return family;
            }

            @Override
            public String getReasonPhrase() {
                return family == Response.Status.Family.SERVER_ERROR ? "Server Error" : "Client Error";
            }
        };
    }
}

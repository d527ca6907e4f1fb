package org.atriumcrm.core.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.atriumcrm.core.spi.UiContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Serves each installed module's web files at {@code /ui/modules/<moduleId>/<file>} straight from
 * the module's bundle. Core registers this one servlet once: a module registering servlets or
 * resources of its own would make Pax Web restart the web context on every install.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(UiContribution.SCRIPT_ROOT + "*")
@HttpWhiteboardServletName("atrium-module-files")
public class ModuleFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript", "mjs", "text/javascript", "css", "text/css", "json", "application/json",
            "html", "text/html", "svg", "image/svg+xml", "png", "image/png", "woff2", "font/woff2");

    private final transient UiContributions contributions;

    @Activate
    public ModuleFiles(@Reference UiContributions contributions) {
        this.contributions = contributions;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ModuleFilePath> path = ModuleFilePath.parse(request.getPathInfo());
        Optional<UiContributions.Registered> module = path.flatMap(p -> contributions.ofModule(p.moduleId()));
        URL entry = module.isPresent()
                ? module.get().bundle().getEntry(module.get().contribution().webFolder() + "/" + path.get().file())
                : null;
        String type = path.map(p -> TYPES.get(p.extension())).orElse(null);
        if (entry == null || type == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String tag = "\"" + module.get().bundle().getBundleId() + "-" + module.get().bundle().getLastModified() + "\"";
        // a re-installed module is a new bundle: the tag changes and browsers fetch the new file
        response.setHeader("ETag", tag);
        response.setHeader("Cache-Control", "no-cache");
        if (tag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        try (InputStream in = entry.openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }
}

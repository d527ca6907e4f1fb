package org.atriumcrm.core.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Serves the files under {@code web/} in this bundle at {@code /ui/}. */
@Component(service = WebPages.class)
@HttpWhiteboardResource(pattern = WebPages.PATTERN, prefix = "/web")
public class WebPages {

    static final String PATH = "/ui";
    static final String PATTERN = PATH + "/*";
    static final String HOME = PATH + "/index.html";
}

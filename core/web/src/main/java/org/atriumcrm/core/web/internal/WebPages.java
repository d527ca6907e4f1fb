package org.atriumcrm.core.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Serves the pages under {@code web/} in this bundle at the root of the site. */
@Component(service = WebPages.class)
@HttpWhiteboardResource(pattern = {"/", "/*"}, prefix = "/web")
public class WebPages {
}

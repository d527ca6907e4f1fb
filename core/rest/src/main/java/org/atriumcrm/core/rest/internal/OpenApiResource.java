package org.atriumcrm.core.rest.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.atriumcrm.core.spi.RequiresSection;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/**
 * {@code /api/openapi.json}: the OpenAPI 3 description of exactly the resources the serving
 * container holds, core's and the installed modules', generated from their JAX-RS annotations
 * the first time it is asked for. Each container has its own, so the document follows modules.
 */
@Path("openapi.json")
@RequiresSection(RequiresSection.ANY_USER)
public class OpenApiResource {

    static final String API_PATH = "/api";

    private final Set<Class<?>> resourceClasses;
    private final String version;
    private volatile String document;

    OpenApiResource(Set<Class<?>> resourceClasses, String version) {
        this.resourceClasses = new LinkedHashSet<>(resourceClasses);
        this.version = version;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String openApi() {
        String current = document;
        if (current == null) {
            current = generate();
            document = current;
        }
        return current;
    }

    private synchronized String generate() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // swagger-core loads classes through the context class loader and breaks for good on a null one
        thread.setContextClassLoader(OpenApiResource.class.getClassLoader());
        try {
            SwaggerConfiguration configuration = new SwaggerConfiguration()
                    .openAPI(new OpenAPI().info(new Info().title("Atrium CRM API").version(version)
                            .description("Clients, activities, tasks, opportunities and the modules installed now. "
                                    + "Errors are application/problem+json.")))
                    .readAllResources(true);
            OpenAPI api = new Reader(configuration) {
                @Override
                protected String resolveApplicationPath() {
                    return API_PATH;
                }
            }.read(resourceClasses);
            return Json.pretty(api);
        } finally {
            // swagger's shared mapper caches types: let uninstalled modules' classes go
            Json.mapper().getTypeFactory().clearCache();
            thread.setContextClassLoader(previous);
        }
    }
}

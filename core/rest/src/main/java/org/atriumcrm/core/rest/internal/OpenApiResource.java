package org.atriumcrm.core.rest.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.atriumcrm.core.api.security.Authentication;
import org.atriumcrm.core.spi.PublicEndpoint;
import org.atriumcrm.core.spi.RequiresSection;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * {@code /api/openapi.json}: the OpenAPI 3 description of exactly the resources the serving
 * container holds, core's and the installed modules', generated from their JAX-RS annotations
 * the first time it is asked for. Each container has its own, so the document follows modules.
 */
@Path("openapi.json")
@RequiresSection(RequiresSection.ANY_USER)
public class OpenApiResource {

    static final String API_PATH = "/api";
    private static final String SESSION = "session";
    private static final String API_TOKEN = "apiToken";

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
            declareSignIn(api);
            resourceClasses.forEach(type -> markPublic(api, type));
            return Json.pretty(api);
        } finally {
            // swagger's shared mapper caches types: let uninstalled modules' classes go
            Json.mapper().getTypeFactory().clearCache();
            thread.setContextClassLoader(previous);
        }
    }

    /** Every operation needs the session cookie or an API token, except those {@link #markPublic marked public}. */
    private static void declareSignIn(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.components(components
                .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE).name(Authentication.SESSION_COOKIE)
                        .description("Set by POST /api/auth/login; writes also need the X-CSRF-Token header"))
                .addSecuritySchemes(API_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An API token from POST /api/auth/tokens")));
        api.addSecurityItem(new SecurityRequirement().addList(SESSION));
        api.addSecurityItem(new SecurityRequirement().addList(API_TOKEN));
    }

    /** The {@link PublicEndpoint} operations of a resource say {@code security: []}: no credentials needed. */
    private static void markPublic(OpenAPI api, Class<?> type) {
        boolean wholeClass = type.isAnnotationPresent(PublicEndpoint.class);
        for (Method method : type.getMethods()) {
            HttpMethod verb = httpMethod(method);
            if (verb == null || !(wholeClass || method.isAnnotationPresent(PublicEndpoint.class)) || api.getPaths() == null) {
                continue;
            }
            PathItem item = api.getPaths().get(path(type, method));
            Operation operation = item == null ? null
                    : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(verb.value()));
            if (operation != null) {
                operation.setSecurity(List.of());
            }
        }
    }

    private static HttpMethod httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb;
            }
        }
        return null;
    }

    private static String path(Class<?> type, Method method) {
        StringBuilder path = new StringBuilder(API_PATH);
        for (Path part : new Path[] {type.getAnnotation(Path.class), method.getAnnotation(Path.class)}) {
            if (part != null && !part.value().isBlank()) {
                path.append('/').append(part.value().replaceAll("^/+|/+$", ""));
            }
        }
        return path.toString();
    }
}

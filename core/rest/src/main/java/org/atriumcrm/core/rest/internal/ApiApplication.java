package org.atriumcrm.core.rest.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

import com.fasterxml.jackson.databind.ObjectMapper;

/** What one Jersey container of {@code /api} is made of: JSON, problem+json errors, answers in the caller's language, the resources and their OpenAPI. */
final class ApiApplication {

    private ApiApplication() {
    }

    static ResourceConfig configuration(Collection<Object> resources, ObjectMapper mapper, String version, ServerTexts texts) {
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName("atrium-api");
        // nothing is found by scanning: what runs is what the OSGi registry holds
        config.property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        config.register(JsonSupport.provider(mapper));
        config.register(new ProblemMapper());
        config.register(new AccessControl());
        config.register(new HiddenFields(mapper));
        config.register(new LocalizedAnswers(texts));
        resources.forEach(config::register);
        Set<Class<?>> resourceClasses = new LinkedHashSet<>();
        resources.forEach(resource -> resourceClasses.add(resource.getClass()));
        config.register(new OpenApiResource(resourceClasses, version));
        return config;
    }
}

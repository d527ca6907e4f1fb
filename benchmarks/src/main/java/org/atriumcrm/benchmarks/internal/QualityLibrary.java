package org.atriumcrm.benchmarks.internal;

import java.lang.reflect.Proxy;
import java.util.Set;

import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.quality.ClientMatching;
import org.atriumcrm.core.quality.MatchKey;
import org.atriumcrm.core.quality.MatchScore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * core/quality's duplicate matching as a plain library in this JVM, configured as the benchmark's
 * Atrium is ({@link AtriumProcess} writes the same phone region and area code to its etc/), so that
 * the keys computed here are the ones Atrium would store for the same draft.
 */
final class QualityLibrary {

    static final String PHONE_REGION = "RU";
    static final String PHONE_AREA_CODE = "812";
    /**
     * core/quality's private package, named at run time: with a literal class name, bnd would make
     * the bundle built from this jar (the probe module) import a package no bundle exports.
     */
    private static final String INTERNAL = ClientMatching.class.getPackageName() + ".internal.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClientMatching matching = service();

    /** The keys of a draft as the API receives it (JSON), read as core's {@link ClientDraft}. */
    Set<MatchKey> keysOf(JsonNode draft) {
        try {
            return matching.keysOf(JSON.treeToValue(draft, ClientDraft.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a client draft: " + draft, e);
        }
    }

    /** How alike two clients are, by their keys, as Atrium scores a candidate. */
    MatchScore score(Set<MatchKey> draftKeys, Set<MatchKey> candidateKeys) {
        return matching.score(draftKeys, candidateKeys);
    }

    /**
     * The DS component itself, built as DS would build it: its configuration is an annotation
     * interface private to the bundle, so a proxy stands in for it, answering the defaults but for
     * the phone region and area code.
     */
    private static ClientMatching service() {
        try {
            Class<?> configuration = Class.forName(INTERNAL + "QualityConfiguration");
            Object settings = Proxy.newProxyInstance(configuration.getClassLoader(), new Class<?>[] {configuration},
                    (proxy, method, arguments) -> switch (method.getName()) {
                        case "phone_default_region" -> PHONE_REGION;
                        case "phone_default_area_code" -> PHONE_AREA_CODE;
                        case "annotationType" -> configuration;
                        case "toString" -> "benchmark quality settings";
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == arguments[0];
                        default -> method.getDefaultValue();
                    });
            return (ClientMatching) Class.forName(INTERNAL + "QualityService").getConstructor(configuration).newInstance(settings);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("core/quality's QualityService cannot be built outside OSGi", e);
        }
    }
}

package org.atriumcrm.core.admin.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.karaf.features.Feature;
import org.osgi.framework.Version;

/**
 * A feature that installs an Atrium module. It says so with a capability naming the module:
 * {@code <capability>atrium.module;id=fitness</capability>}; core lists no module by name.
 */
record ModuleFeature(String moduleId, Feature feature) {

    static final String NAMESPACE = "atrium.module";
    private static final Pattern CAPABILITY = Pattern.compile(
            "\\s*" + Pattern.quote(NAMESPACE) + "\\s*;(?:.*;)?\\s*id\\s*(?::\\s*String\\s*)?=\\s*\"?([a-z][a-z0-9-]*)\"?\\s*(?:;.*)?");

    static Optional<ModuleFeature> of(Feature feature) {
        return feature.getCapabilities().stream()
                .map(capability -> moduleId(capability.getValue()))
                .flatMap(Optional::stream)
                .findFirst()
                .map(id -> new ModuleFeature(id, feature));
    }

    /** The feature's version as an OSGi version, {@code 1.2-SNAPSHOT} read as {@code 1.2.0.SNAPSHOT}, to find the newest. */
    Version version() {
        String text = feature.getVersion();
        int dash = text.indexOf('-');
        String[] numbers = (dash < 0 ? text : text.substring(0, dash)).split("\\.");
        try {
            return new Version(number(numbers, 0), number(numbers, 1), number(numbers, 2),
                    dash < 0 ? "" : text.substring(dash + 1).replaceAll("[^A-Za-z0-9_-]", "_"));
        } catch (IllegalArgumentException e) {
            return Version.emptyVersion;
        }
    }

    private static int number(String[] numbers, int index) {
        return index < numbers.length && numbers[index].matches("\\d{1,9}") ? Integer.parseInt(numbers[index]) : 0;
    }

    /** The module id in one capability clause, if it is an {@value #NAMESPACE} one. */
    static Optional<String> moduleId(String capability) {
        if (capability == null) {
            return Optional.empty();
        }
        Matcher matcher = CAPABILITY.matcher(capability);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}

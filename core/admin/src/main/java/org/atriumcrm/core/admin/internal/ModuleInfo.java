package org.atriumcrm.core.admin.internal;

/**
 * What the API and the console tell about one module.
 *
 * @param state   {@code active} while the module's {@code CrmModule} service is registered;
 *                {@code installed} when its feature is installed but the module has not started
 *                (yet, or because it failed — the log says which); {@code available} when it is
 *                in a repository and not installed
 * @param feature the feature it came from or can be installed from; {@code null} for a module
 *                started without a feature
 */
public record ModuleInfo(String id, String name, String version, String description, String state,
                         String feature, String featureVersion) {

    public static final String ACTIVE = "active";
    public static final String INSTALLED = "installed";
    public static final String AVAILABLE = "available";
}

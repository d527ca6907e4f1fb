package org.atriumcrm.core.spi;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A {@link CrmModule} whose version is its bundle's: pass the id, the name and the description.
 * Register the subclass with {@code property = CrmModule.PROP_ID + "=<id>"}.
 */
public abstract class BaseCrmModule implements CrmModule {

    private final String id;
    private final String name;
    private final String description;

    protected BaseCrmModule(String id, String name, String description) {
        this.id = id;
        this.name = name;
        this.description = description;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public String version() {
        Bundle bundle = FrameworkUtil.getBundle(getClass());
        return bundle == null ? "unknown" : bundle.getVersion().toString();
    }

    @Override
    public final String description() {
        return description;
    }
}

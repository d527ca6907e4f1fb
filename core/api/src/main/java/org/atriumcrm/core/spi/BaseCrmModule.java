package org.atriumcrm.core.spi;

import java.util.List;
import java.util.Map;

import org.atriumcrm.core.api.security.Access;
import org.atriumcrm.core.api.security.Grant;
import org.atriumcrm.core.api.security.Role;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A {@link CrmModule} whose version is its bundle's: pass the id, the name and the description.
 * Register the subclass with {@code property = CrmModule.PROP_ID + "=<id>"}. It declares one
 * section named after the module, which sales and service may read and write and marketing may
 * read; override {@link #sections()} to say otherwise.
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

    @Override
    public List<Section> sections() {
        Grant readWrite = Grant.of(Access.READ, Access.WRITE);
        return List.of(new Section(id, UiContribution.Label.of(name, name, name),
                Map.of(Role.SALES, readWrite, Role.SERVICE, readWrite, Role.MARKETING, Grant.of(Access.READ))));
    }
}

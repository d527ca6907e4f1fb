package org.atriumcrm.core.rest.internal;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.atriumcrm.core.spi.CrmModule;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** {@code /api/modules}: the modules installed right now, as their {@link CrmModule} services say. */
@Component(service = ModuleResource.class, property = RestResource.ENABLED)
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModuleResource {

    /** What the API tells about one module. */
    public record ModuleInfo(String id, String name, String version, String description) {
    }

    private final List<CrmModule> modules = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(CrmModule module) {
        modules.add(module);
    }

    void removeModule(CrmModule module) {
        modules.remove(module);
    }

    @GET
    public List<ModuleInfo> list() {
        return modules.stream()
                .map(module -> new ModuleInfo(module.id(), module.name(), module.version(), module.description()))
                .sorted(Comparator.comparing(ModuleInfo::id))
                .toList();
    }
}

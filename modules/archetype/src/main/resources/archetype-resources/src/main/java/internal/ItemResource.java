package ${package}.internal;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/${moduleId}/items}. Published as a service with {@code atrium.rest=true}: Atrium serves
 * it while the module is installed, and answers 404 problem+json once it is removed.
 * Errors are thrown as core's exceptions; core turns them into problem+json.
 * It belongs to the module's section: a role must grant read for GET, write for POST. Which
 * clients the caller reaches the store asks core ({@code ClientAccess}): 404 for a client out of
 * reach, 422 naming {@code clientId} when a write names one.
 */
@Component(service = ItemResource.class, property = RestResource.ENABLED)
@RequiresSection(ModuleDescriptor.ID)
@Path(ModuleDescriptor.ID + "/items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

    private final ItemStore items;

    @Activate
    public ItemResource(@Reference ItemStore items) {
        this.items = items;
    }

    @GET
    public List<Item> list(@QueryParam("clientId") String clientId, @QueryParam("limit") @DefaultValue("50") int limit) {
        if (clientId == null || clientId.isBlank()) {
            throw ValidationException.of("clientId", "is required");
        }
        if (limit < 1 || limit > ItemStore.MAX_LIMIT) {
            throw ValidationException.of("limit", "must be between 1 and " + ItemStore.MAX_LIMIT);
        }
        return items.ofReachableClient(clientId, limit);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ItemDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", "is required");
        }
        Item item = items.create(draft);
        return Response.created(URI.create(ModuleDescriptor.ID + "/items/" + item.id())).entity(item).build();
    }
}

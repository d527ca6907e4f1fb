package org.atriumcrm.core.rest.internal;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.Response.Status;

import org.atriumcrm.core.api.ClientMatch;
import org.atriumcrm.core.api.DuplicateGroup;
import org.atriumcrm.core.api.DuplicateGroups;
import org.atriumcrm.core.api.DuplicateQuery;
import org.atriumcrm.core.api.DuplicateScan;
import org.atriumcrm.core.api.DuplicateScanRunningException;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/duplicates}: probable duplicate groups in the whole base, as the last scan found
 * them, and the scan itself. Reading needs the clients section; starting a scan, write access to
 * it. A caller limited to its own or its team's clients sees only groups whose clients all are in
 * its reach.
 */
@Component(service = DuplicatesResource.class, property = RestResource.ENABLED)
@Path("duplicates")
@RequiresSection(Sections.CLIENTS)
@Produces(MediaType.APPLICATION_JSON)
public class DuplicatesResource {

    private final DuplicateGroups duplicates;

    @Activate
    public DuplicatesResource(@Reference DuplicateGroups duplicates) {
        this.duplicates = duplicates;
    }

    /** A page of groups with the status of the scan, so a list can say how fresh it is. */
    public record GroupList(List<DuplicateGroup> items, String next, DuplicateScan scan) {
    }

    /** Groups best first; {@code decision=STRONG} for those with a strong pair only. */
    @GET
    public GroupList find(@QueryParam("decision") String decision, @QueryParam("limit") String limit,
                          @QueryParam("after") String after) {
        List<FieldError> errors = new ArrayList<>();
        ClientMatch.Decision minDecision = QueryParameters.enumValue(errors, "decision", decision, ClientMatch.Decision.class);
        int size = QueryParameters.limit(errors, limit);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Page<DuplicateGroup> page = duplicates.find(new DuplicateQuery(minDecision, RecordReach.owners(Sections.CLIENTS), size,
                QueryParameters.text(after)));
        return new GroupList(page.items(), page.next(), duplicates.status());
    }

    @GET
    @Path("scan")
    public DuplicateScan status() {
        return duplicates.status();
    }

    /** Starts a scan of the whole base: 202 with its status, 409 while one is running. */
    @POST
    @Path("scan")
    public Response scan() {
        try {
            return Response.accepted(duplicates.scan()).build();
        } catch (DuplicateScanRunningException running) {
            return Problem.of(Status.CONFLICT, running.getMessage()).toResponse();
        }
    }
}

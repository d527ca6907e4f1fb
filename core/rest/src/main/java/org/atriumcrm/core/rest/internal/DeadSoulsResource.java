package org.atriumcrm.core.rest.internal;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.atriumcrm.core.api.ClientArchive;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.DeadSoul;
import org.atriumcrm.core.api.DeadSoulQuery;
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
 * {@code /api/quality/dead-souls}: clients with no sign of life for months and too little to reach
 * them by, for review (see {@link ClientArchive}), and archiving many of them at once. Reading needs
 * the clients section, archiving write access to it. A caller limited to its own or its team's
 * clients sees and archives only those.
 */
@Component(service = DeadSoulsResource.class, property = RestResource.ENABLED)
@Path("quality/dead-souls")
@RequiresSection(Sections.CLIENTS)
@Produces(MediaType.APPLICATION_JSON)
public class DeadSoulsResource {

    /** The most clients one archive request names. */
    static final int MAX_ARCHIVE = 1000;

    private final ClientArchive archive;
    private final ClientService clients;

    @Activate
    public DeadSoulsResource(@Reference ClientArchive archive, @Reference ClientService clients) {
        this.archive = archive;
        this.clients = clients;
    }

    /**
     * The longest unchanged first. A page may hold fewer than {@code limit} dead souls while
     * {@code next} is not null: each page looks at a bounded number of clients.
     */
    @GET
    public Page<DeadSoul> find(@QueryParam("limit") String limit, @QueryParam("after") String after) {
        int size = QueryParameters.limit(limit);
        return archive.deadSouls(new DeadSoulQuery(RecordReach.owners(Sections.CLIENTS), size, QueryParameters.text(after)));
    }

    /** The clients to archive. */
    public record ArchiveRequest(List<String> clientIds) {
    }

    /** What an archive request did. */
    public record Archived(int archived) {
    }

    /** Archives every client named, in one transaction: all or none (422 naming {@code clientIds[i]}). */
    @POST
    @Path("archive")
    @Consumes(MediaType.APPLICATION_JSON)
    public Archived archive(ArchiveRequest request) {
        List<String> ids = Bodies.required(request).clientIds() == null ? List.of() : request.clientIds();
        if (ids.size() > MAX_ARCHIVE) {
            throw ValidationException.of("clientIds", "must name at most " + MAX_ARCHIVE + " clients");
        }
        requireReach(ids);
        archive.archiveAll(ids);
        return new Archived(ids.size());
    }

    /** A limited caller's clients out of its reach are named as if they did not exist. */
    private void requireReach(List<String> ids) {
        if (!RecordReach.limited(Sections.CLIENTS)) {
            return;
        }
        List<FieldError> unreached = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            boolean reached = id == null || id.isBlank() || clients.get(id)
                    .map(client -> RecordReach.reaches(Sections.CLIENTS, client.responsibleManagerId())).orElse(true);
            if (!reached) {
                unreached.add(FieldError.of("clientIds[" + i + "]", "not_a_client", "is not a client"));
            }
        }
        if (!unreached.isEmpty()) {
            throw new ValidationException(unreached);
        }
    }
}

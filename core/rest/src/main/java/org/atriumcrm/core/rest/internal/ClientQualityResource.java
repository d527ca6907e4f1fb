package org.atriumcrm.core.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.quality.QualityIssue;
import org.atriumcrm.core.quality.QualityIssues;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/clients/{id}/quality-issues}: the bad data stored for one client, for its card and
 * its edit form. A class of its own: its longer path wins over {@link ClientResource}'s for this
 * URL only, so the client resource needs no quality service.
 */
@Component(service = ClientQualityResource.class, property = RestResource.ENABLED)
@Path("clients/{id}/quality-issues")
@RequiresSection(Sections.CLIENTS)
@Produces(MediaType.APPLICATION_JSON)
public class ClientQualityResource {

    private final ClientService clients;
    private final QualityIssues issues;

    @Activate
    public ClientQualityResource(@Reference ClientService clients, @Reference QualityIssues issues) {
        this.clients = clients;
        this.issues = issues;
    }

    /** The client's issues in field order; 404 for an unknown client or one out of the caller's reach. */
    @GET
    public QualityResource.IssueList issues(@PathParam("id") String id) {
        if (RecordReach.limited(Sections.CLIENTS)) {
            Client client = clients.get(id).orElseThrow(() -> new RecordNotFoundException(ClientService.RECORD_TYPE, id));
            RecordReach.requireReach(Sections.CLIENTS, client.responsibleManagerId(), ClientService.RECORD_TYPE, id);
        }
        return new QualityResource.IssueList(QualityResource.visible(issues.of(id), QualityIssue::field));
    }
}

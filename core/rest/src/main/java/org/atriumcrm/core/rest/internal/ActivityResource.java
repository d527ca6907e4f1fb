package org.atriumcrm.core.rest.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.atriumcrm.core.api.Activity;
import org.atriumcrm.core.api.ActivityDraft;
import org.atriumcrm.core.api.ActivityQuery;
import org.atriumcrm.core.api.ActivityService;
import org.atriumcrm.core.api.ActivityType;
import org.atriumcrm.core.api.ClientAccess;
import org.atriumcrm.core.api.Attachment;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/activities}: the log of contacts with clients, and files attached to them. */
@Component(service = ActivityResource.class, property = RestResource.ENABLED)
@Path("activities")
@RequiresSection(Sections.ACTIVITIES)
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {

    /** The filters of an activity list. */
    public static class ListParameters {
        @QueryParam("clientId") String clientId;
        @QueryParam("opportunityId") String opportunityId;
        @QueryParam("type") String type;
        @QueryParam("authorId") String authorId;
        @QueryParam("limit") String limit;
        @QueryParam("after") String after;
    }

    private final ActivityService activities;
    private final ClientRecordReach reach;

    @Activate
    public ActivityResource(@Reference ActivityService activities, @Reference ClientAccess clients) {
        this.activities = activities;
        this.reach = new ClientRecordReach(clients, Sections.ACTIVITIES);
    }

    @GET
    public Page<Activity> find(@BeanParam ListParameters parameters) {
        List<FieldError> errors = new ArrayList<>();
        int limit = QueryParameters.limit(errors, parameters.limit);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String clientId = QueryParameters.text(parameters.clientId);
        if (clientId != null && !reach.reachesClient(clientId)) {
            return new Page<>(List.of(), null);
        }
        return reach.page(limit, QueryParameters.text(parameters.after), (size, after) -> activities.find(new ActivityQuery(
                clientId, QueryParameters.text(parameters.opportunityId), QueryParameters.text(parameters.type),
                QueryParameters.text(parameters.authorId), size, after)), this::reaches);
    }

    @GET
    @Path("types")
    public List<ActivityType> types() {
        return activities.types();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response log(ActivityDraft draft, @Context UriInfo uri) {
        Activity logged = activities.log(checked(Bodies.required(draft)));
        return Response.created(uri.getAbsolutePathBuilder().path(logged.id()).build())
                .tag(EntityTags.of(logged.version())).entity(logged).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        Activity activity = reachable(id);
        return Response.ok(activity).tag(EntityTags.of(activity.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ActivityDraft draft) {
        ActivityDraft body = Bodies.required(draft);
        requireReach(id);
        Activity updated = activities.update(id, checked(body), EntityTags.expectedVersion(ifMatch));
        return Response.ok(updated).tag(EntityTags.of(updated.version())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        requireReach(id);
        activities.delete(id, EntityTags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    /**
     * Attaches the request body as a file: its bytes as they are, its type in {@code Content-Type},
     * its name in {@code ?name=}. Answers 413 past the size limit and keeps nothing then.
     */
    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") String id, @QueryParam("name") String name,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body,
                           @Context UriInfo uri) {
        requireReach(id);
        Attachment attachment = activities.attach(id, name, contentType, body);
        return Response.created(uri.getBaseUriBuilder().path(AttachmentResource.class).path(attachment.id()).build())
                .entity(attachment).build();
    }

    private boolean reaches(Activity activity) {
        return reach.reaches(activity.clientId(), activity.authorId());
    }

    /** 404 unless the caller reaches the activity; only a limited caller costs a read here. */
    private void requireReach(String id) {
        if (reach.limited()) {
            reachable(id);
        }
    }

    /** The activity, if it exists and the caller reaches it; 404 otherwise. */
    private Activity reachable(String id) {
        Activity activity = activities.get(id)
                .orElseThrow(() -> new RecordNotFoundException(ActivityService.RECORD_TYPE, id));
        reach.requireReach(activity.clientId(), activity.authorId(), ActivityService.RECORD_TYPE, id);
        return activity;
    }

    /**
     * The draft as a limited caller may write it: about a client it reaches (422 naming {@code clientId}
     * otherwise, as for an unknown client), by itself when it names no author.
     */
    private ActivityDraft checked(ActivityDraft draft) {
        reach.requireClient(draft.clientId());
        String author = RecordReach.ownerFor(Sections.ACTIVITIES, draft.authorId(), "authorId");
        return Objects.equals(author, draft.authorId()) ? draft : new ActivityDraft(draft.clientId(), draft.contactId(),
                draft.opportunityId(), draft.type(), draft.direction(), draft.subject(), draft.objective(), draft.result(),
                draft.occurredAt(), draft.durationSeconds(), author, draft.customFields());
    }
}

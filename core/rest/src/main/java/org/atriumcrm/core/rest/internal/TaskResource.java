package org.atriumcrm.core.rest.internal;

import java.time.Instant;
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

import org.atriumcrm.core.api.ClientAccess;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.Task;
import org.atriumcrm.core.api.TaskDraft;
import org.atriumcrm.core.api.TaskQuery;
import org.atriumcrm.core.api.TaskService;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/tasks}: tasks and reminders, a manager's day and the overdue control. */
@Component(service = TaskResource.class, property = RestResource.ENABLED)
@Path("tasks")
@RequiresSection(Sections.TASKS)
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    /** The filters of a task list. */
    public static class ListParameters {
        @QueryParam("assigneeId") String assigneeId;
        @QueryParam("clientId") String clientId;
        @QueryParam("open") String open;
        @QueryParam("dueBefore") String dueBefore;
        @QueryParam("limit") String limit;
        @QueryParam("after") String after;
    }

    private final TaskService tasks;
    private final ClientRecordReach reach;

    @Activate
    public TaskResource(@Reference TaskService tasks, @Reference ClientAccess clients) {
        this.tasks = tasks;
        this.reach = new ClientRecordReach(clients, Sections.TASKS);
    }

    @GET
    public Page<Task> find(@BeanParam ListParameters parameters) {
        List<FieldError> errors = new ArrayList<>();
        Boolean open = QueryParameters.bool(errors, "open", parameters.open);
        Instant dueBefore = QueryParameters.instant(errors, "dueBefore", parameters.dueBefore);
        int limit = QueryParameters.limit(errors, parameters.limit);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String clientId = QueryParameters.text(parameters.clientId);
        if (clientId != null && !reach.reachesClient(clientId)) {
            return new Page<>(List.of(), null);
        }
        return reach.page(limit, QueryParameters.text(parameters.after), (size, after) -> tasks.find(new TaskQuery(
                QueryParameters.text(parameters.assigneeId), clientId, open, dueBefore, size, after)), this::reaches);
    }

    /** Today's and overdue open tasks of one assignee; {@code zone} says where "today" is (default: the server's). */
    @GET
    @Path("my-day")
    public List<Task> myDay(@QueryParam("assigneeId") String assigneeId, @QueryParam("zone") String zone) {
        String assignee = QueryParameters.text(assigneeId);
        if (assignee == null) {
            throw ValidationException.of("assigneeId", "is required");
        }
        return reach.filter(tasks.myDay(assignee, QueryParameters.zone(zone), Instant.now()), this::reaches);
    }

    /** Open tasks past their due time, of one assignee or of everyone. */
    @GET
    @Path("overdue")
    public List<Task> overdue(@QueryParam("assigneeId") String assigneeId) {
        return reach.filter(tasks.overdue(QueryParameters.text(assigneeId), Instant.now()), this::reaches);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TaskDraft draft, @Context UriInfo uri) {
        Task created = tasks.create(checked(Bodies.required(draft)));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .tag(EntityTags.of(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        Task task = reachable(id);
        return Response.ok(task).tag(EntityTags.of(task.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TaskDraft draft) {
        TaskDraft body = Bodies.required(draft);
        requireReach(id);
        Task updated = tasks.update(id, checked(body), EntityTags.expectedVersion(ifMatch));
        return Response.ok(updated).tag(EntityTags.of(updated.version())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        requireReach(id);
        tasks.delete(id, EntityTags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    private boolean reaches(Task task) {
        return reach.reaches(task.clientId(), task.assigneeId());
    }

    /** 404 unless the caller reaches the task; only a limited caller costs a read here. */
    private void requireReach(String id) {
        if (reach.limited()) {
            reachable(id);
        }
    }

    /** The task, if it exists and the caller reaches it; 404 otherwise. */
    private Task reachable(String id) {
        Task task = tasks.get(id).orElseThrow(() -> new RecordNotFoundException(TaskService.RECORD_TYPE, id));
        reach.requireReach(task.clientId(), task.assigneeId(), TaskService.RECORD_TYPE, id);
        return task;
    }

    /**
     * The draft as a limited caller may write it: about a client it reaches (422 naming {@code clientId}
     * otherwise, as for an unknown client), assigned to itself when it names no one.
     */
    private TaskDraft checked(TaskDraft draft) {
        reach.requireClient(draft.clientId());
        String assignee = RecordReach.ownerFor(Sections.TASKS, draft.assigneeId(), "assigneeId");
        return Objects.equals(assignee, draft.assigneeId()) ? draft : new TaskDraft(draft.title(), draft.description(),
                draft.clientId(), draft.opportunityId(), assignee, draft.dueAt(), draft.remindAt(), draft.priority(),
                draft.status(), draft.customFields());
    }
}

package org.atriumcrm.fitness.internal;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.atriumcrm.core.api.ClientAccess;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/fitness/classes}: the class schedule and each class's bookings. */
@Component(service = ClassResource.class, property = RestResource.ENABLED)
@RequiresSection(ModuleDescriptor.ID)
@Path(ModuleDescriptor.ID + "/classes")
@Produces(MediaType.APPLICATION_JSON)
public class ClassResource {

    private final ClassSchedule schedule;
    private final ClientAccess clients;

    @Activate
    public ClassResource(@Reference ClassSchedule schedule, @Reference ClientAccess clients) {
        this.schedule = schedule;
        this.clients = clients;
    }

    /** {@code ?from=&to=} (ISO-8601 UTC; now and a week later when absent), {@code trainerId}, {@code after}, {@code limit}. */
    @GET
    public Page<FitnessClass> list(@QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("trainerId") String trainerId, @QueryParam("after") String after,
                                   @QueryParam("limit") String limit) {
        return schedule.list(QueryParams.instant(from, "from"), QueryParams.instant(to, "to"),
                trainerId == null || trainerId.isBlank() ? null : trainerId.strip(), Paging.after(after), Paging.limit(limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ClassDraft draft) {
        FitnessClass created = schedule.create(draft);
        return Response.created(URI.create(ModuleDescriptor.ID + "/classes/" + created.id())).entity(created)
                .tag(EntityTags.of(created.version())).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        FitnessClass found = schedule.get(id);
        return Response.ok(found).tag(EntityTags.of(found.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ClassDraft draft) {
        FitnessClass changed = schedule.update(id, draft, EntityTags.expectedVersion(ifMatch));
        return Response.ok(changed).tag(EntityTags.of(changed.version())).build();
    }

    @GET
    @Path("{id}/bookings")
    public Page<Booking> bookings(@PathParam("id") String id, @QueryParam("after") String after, @QueryParam("limit") String limit) {
        Page<Booking> page = schedule.bookings(id, Paging.after(after), Paging.limit(limit));
        // bookings of clients out of the caller's reach are left out: a page may be short, with a next
        return new Page<>(clients.reachableOnly(page.items(), Booking::clientId), page.next());
    }

    /** 201 with the booking; a full class is a 422 naming {@code classId}. */
    @POST
    @Path("{id}/bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(@PathParam("id") String id, BookingDraft draft) {
        Booking booking = schedule.book(id, draft);
        return Response.created(URI.create(ModuleDescriptor.ID + "/bookings/" + booking.id())).entity(booking)
                .tag(EntityTags.of(booking.version())).build();
    }
}

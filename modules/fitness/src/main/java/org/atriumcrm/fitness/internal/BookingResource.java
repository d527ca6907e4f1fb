package org.atriumcrm.fitness.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.atriumcrm.core.api.ClientAccess;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/fitness/bookings/{id}}: one booking, its cancellation and its attendance. */
@Component(service = BookingResource.class, property = RestResource.ENABLED)
@RequiresSection(ModuleDescriptor.ID)
@Path(ModuleDescriptor.ID + "/bookings")
@Produces(MediaType.APPLICATION_JSON)
public class BookingResource {

    private final ClassSchedule schedule;
    private final ClientAccess clients;

    @Activate
    public BookingResource(@Reference ClassSchedule schedule, @Reference ClientAccess clients) {
        this.schedule = schedule;
        this.clients = clients;
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return tagged(reachable(id));
    }

    /** Cancels the booking (it stays, as CANCELLED) and frees its place. */
    @DELETE
    @Path("{id}")
    public Response cancel(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        reachable(id);
        return tagged(schedule.cancel(id, EntityTags.expectedVersion(ifMatch)));
    }

    /** {@code {"attended":true}}: the client came ({@code false}: did not). */
    @PUT
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response attendance(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               AttendanceRequest request) {
        reachable(id);
        return tagged(schedule.attendance(id, request, EntityTags.expectedVersion(ifMatch)));
    }

    /** The booking, if its client is in the caller's reach; 404 otherwise, as for one that does not exist. */
    private Booking reachable(String id) {
        Booking booking = schedule.booking(id);
        if (!clients.reachable(booking.clientId())) {
            throw new RecordNotFoundException(ClassSchedule.BOOKING_RECORD, id);
        }
        return booking;
    }

    private static Response tagged(Booking booking) {
        return Response.ok(booking).tag(EntityTags.of(booking.version())).build();
    }
}

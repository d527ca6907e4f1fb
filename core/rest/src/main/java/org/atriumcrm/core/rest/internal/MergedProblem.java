package org.atriumcrm.core.rest.internal;

import java.net.URI;

import javax.ws.rs.core.Response;

/**
 * What a merged client's id answers: a pointer to the client it was merged into. A read gets 301 to
 * the survivor (browsers and HTTP clients follow it); a write gets 409, since it was meant for a
 * client that no longer exists on its own. Both name the survivor in {@code survivorId} and
 * {@code Location}.
 */
public record MergedProblem(String type, String title, int status, String detail, String survivorId) {

    static final String MERGED = "urn:atrium:problem:merged";

    static Response moved(String mergedId, String survivorId, URI survivor) {
        return response(Response.Status.MOVED_PERMANENTLY, mergedId, survivorId, survivor);
    }

    static Response conflict(String mergedId, String survivorId, URI survivor) {
        return response(Response.Status.CONFLICT, mergedId, survivorId, survivor);
    }

    private static Response response(Response.Status status, String mergedId, String survivorId, URI survivor) {
        MergedProblem problem = new MergedProblem(MERGED, "Client merged", status.getStatusCode(),
                "Client " + mergedId + " was merged into client " + survivorId, survivorId);
        return Response.status(status).location(survivor).type(Problem.MEDIA).entity(problem).build();
    }
}

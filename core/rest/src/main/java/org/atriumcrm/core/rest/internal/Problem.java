package org.atriumcrm.core.rest.internal;

import java.util.List;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.atriumcrm.core.api.FieldError;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An error body as RFC 9457 {@code application/problem+json}, with the offending fields in
 * {@code errors}. Never carries a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    static final String GENERIC = "about:blank";
    static final String INVALID_VALUE = "urn:atrium:problem:invalid-value";
    static final String MALFORMED_REQUEST = "urn:atrium:problem:malformed-request";
    static final String NOT_FOUND = "urn:atrium:problem:not-found";
    static final String VERSION_CONFLICT = "urn:atrium:problem:version-conflict";
    static final String TOO_LARGE = "urn:atrium:problem:too-large";
    static final String UNAUTHENTICATED = "urn:atrium:problem:unauthenticated";
    static final String FORBIDDEN = "urn:atrium:problem:forbidden";
    static final String LOCKED = "urn:atrium:problem:locked";
    /** A create refused because the client seems to exist; the body also lists the candidates. */
    static final String DUPLICATE = "urn:atrium:problem:duplicate";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    static Problem of(Response.StatusType status, String detail) {
        return new Problem(GENERIC, status.getReasonPhrase(), status.getStatusCode(), detail, List.of());
    }

    static Problem unauthenticated(String detail) {
        return new Problem(UNAUTHENTICATED, "Unauthorized", 401, detail, List.of());
    }

    /** @param field the field refused, or {@code null} when the whole request is */
    static Problem forbidden(String field, String detail) {
        return new Problem(FORBIDDEN, "Forbidden", 403, field == null ? detail : field + " " + detail,
                field == null ? List.of() : List.of(new FieldError(field, detail)));
    }

    Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}

package org.atriumcrm.core.rest.internal;

import java.util.List;
import java.util.UUID;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.Response.Status;
import javax.ws.rs.ext.ExceptionMapper;

import org.atriumcrm.core.api.ContentTooLargeException;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.VersionConflictException;
import org.atriumcrm.core.api.security.AccessDeniedException;
import org.atriumcrm.core.api.security.AuthenticationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every exception into a problem+json response: 400 for JSON that cannot be read, 404, 409
 * for a version conflict, 422 for values the model refuses, 503 for a request whose module is
 * stopping under it. Anything unexpected becomes a 500 whose
 * body says only an incident id; the stack trace goes to the log under the same id.
 */
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        Problem problem = problem(exception);
        Response response = problem.toResponse();
        if (problem.status() == Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, "1");
        }
        return response;
    }

    static Problem problem(Throwable exception) {
        Throwable cause = meaningfulCause(exception);
        if (cause instanceof ValidationException invalid) {
            return new Problem(Problem.INVALID_VALUE, "Invalid value", 422, invalid.getMessage(), invalid.errors());
        }
        if (cause instanceof RecordNotFoundException missing) {
            return new Problem(Problem.NOT_FOUND, "Not Found", 404, missing.getMessage(), List.of());
        }
        if (cause instanceof ContentTooLargeException tooLarge) {
            return new Problem(Problem.TOO_LARGE, "Content too large", 413, tooLarge.getMessage(), List.of());
        }
        if (cause instanceof AccessDeniedException denied) {
            return Problem.forbidden(denied.field(), denied.getMessage());
        }
        if (cause instanceof AuthenticationFailedException failed) {
            return failed.lockedUntil() == null ? Problem.unauthenticated(failed.getMessage())
                    : new Problem(Problem.LOCKED, "Locked", 423, failed.getMessage() + " (until " + failed.lockedUntil() + ")",
                            List.of());
        }
        if (cause instanceof VersionConflictException conflict) {
            return new Problem(Problem.VERSION_CONFLICT, "Version conflict", 409, conflict.getMessage(), List.of());
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return unreadableValue(mapping);
        }
        if (cause instanceof JsonProcessingException malformed) {
            return new Problem(Problem.MALFORMED_REQUEST, "Malformed JSON", 400,
                    "The request body is not valid JSON: " + malformed.getOriginalMessage() + location(malformed), List.of());
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return Problem.of(status, detail(status));
        }
        if (PersistenceUnitClosing.in(exception)) {
            LOG.info("A request met its persistence unit closing (a module stopping or being updated): 503");
            return Problem.of(Status.SERVICE_UNAVAILABLE, "This part of Atrium is being stopped or updated; try again in a moment");
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Request failed, incident {}", incident, exception);
        return Problem.of(Status.INTERNAL_SERVER_ERROR, "The server could not complete the request (incident " + incident + ")");
    }

    /** JSON that parsed but holds a value of the wrong type or an unknown field: 422 naming the field. */
    private static Problem unreadableValue(JsonMappingException mapping) {
        String field = JsonPaths.of(mapping.getPath());
        FieldError error;
        if (mapping instanceof UnrecognizedPropertyException) {
            error = FieldError.of(field, FieldError.UNKNOWN_FIELD, "is not a known field");
        } else if (String.valueOf(mapping.getOriginalMessage()).startsWith("Cannot map `null`")) {
            error = FieldError.of(field, FieldError.REQUIRED, "is required");
        } else {
            error = FieldError.of(field, FieldError.WRONG_TYPE, "has a value of the wrong type or an unknown constant");
        }
        return new Problem(Problem.INVALID_VALUE, "Invalid value", 422, field + " " + error.message(), List.of(error));
    }

    /**
     * Jersey and the transaction template wrap what they catch; the first exception in the chain
     * that we know says best what went wrong.
     */
    private static Throwable meaningfulCause(Throwable exception) {
        for (Throwable current = exception; current != null; current = current.getCause()) {
            if (current instanceof ValidationException || current instanceof RecordNotFoundException
                    || current instanceof VersionConflictException || current instanceof JsonProcessingException
                    || current instanceof ContentTooLargeException || current instanceof AccessDeniedException
                    || current instanceof AuthenticationFailedException) {
                return current;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return exception;
    }

    private static String location(JsonProcessingException exception) {
        return exception.getLocation() == null ? ""
                : " (line " + exception.getLocation().getLineNr() + ", column " + exception.getLocation().getColumnNr() + ")";
    }

    private static String detail(Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 404 -> "There is nothing at this address";
            case 405 -> "This address does not accept that method";
            case 406 -> "This address cannot answer in the requested media type";
            case 415 -> "This address does not accept that content type; send application/json";
            default -> status.getReasonPhrase();
        };
    }
}

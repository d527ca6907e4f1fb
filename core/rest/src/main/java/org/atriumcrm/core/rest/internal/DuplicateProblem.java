package org.atriumcrm.core.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.core.Response;

import org.atriumcrm.core.api.ClientMatch;
import org.atriumcrm.core.api.FieldError;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The 409 a create answers when the client seems to exist already: a {@link Problem} with the
 * strong candidates beside the fields that match. Sending the request again with
 * {@code ?confirmedNew=true} creates the client all the same.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DuplicateProblem(String type, String title, int status, String detail, List<FieldError> errors,
                               List<ClientMatch> candidates) {

    static final String CONFIRM_PARAMETER = "confirmedNew";

    public DuplicateProblem {
        errors = List.copyOf(errors);
        candidates = List.copyOf(candidates);
    }

    static DuplicateProblem of(List<ClientMatch> candidates) {
        ClientMatch best = candidates.get(0);
        Set<String> fields = new LinkedHashSet<>();
        for (ClientMatch.Reason reason : best.reasons()) {
            String field = field(reason.code());
            if (field != null) {
                fields.add(field);
            }
        }
        if (fields.isEmpty()) {
            fields.add("name");
        }
        String message = "matches the existing client \"" + best.name() + "\" (" + best.clientId() + ")";
        Map<String, Object> arguments = Map.of("name", best.name(), "clientId", best.clientId());
        List<FieldError> errors = new ArrayList<>();
        fields.forEach(field -> errors.add(new FieldError(field, "duplicate", arguments, message)));
        return new DuplicateProblem(Problem.DUPLICATE, "Possible duplicate", 409,
                "The client seems to exist already as \"" + best.name() + "\"; send the request again with ?"
                        + CONFIRM_PARAMETER + "=true to create it all the same", errors, candidates);
    }

    /** The draft's field a reason for the match stands on; {@code null} for reasons against. */
    private static String field(String code) {
        return switch (code) {
            case "SAME_NAME", "SIMILAR_NAME" -> "name";
            case "SAME_PHONE" -> "phones";
            case "SAME_EMAIL" -> "emails";
            case "SAME_INN", "SAME_OGRN", "SAME_NIF", "SAME_VAT" -> "legalEntities";
            case "SAME_DOMAIN" -> "website";
            case "SAME_CITY" -> "addresses";
            default -> null;
        };
    }

    Response toResponse() {
        return Response.status(status).type(Problem.MEDIA).entity(this).build();
    }
}

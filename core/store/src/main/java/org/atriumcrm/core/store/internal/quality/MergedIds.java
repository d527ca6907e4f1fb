package org.atriumcrm.core.store.internal.quality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.ValidationException;

/**
 * The clients a merge names, checked before anything is read: each once and none of them the
 * survivor; a 422 names the one that is missing, repeated or the survivor itself.
 */
public final class MergedIds {

    private MergedIds() {
    }

    public static List<String> checked(String survivorId, List<String> mergedIds) {
        if (mergedIds.isEmpty()) {
            throw ValidationException.of("mergedIds", "must name at least one client to merge into the survivor");
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < mergedIds.size(); i++) {
            String id = mergedIds.get(i);
            if (id == null || id.isBlank()) {
                errors.add(new FieldError("mergedIds[" + i + "]", "must be a client id"));
            } else if (id.equals(survivorId)) {
                errors.add(new FieldError("mergedIds[" + i + "]", "is the survivor itself"));
            } else if (!seen.add(id)) {
                errors.add(FieldError.of("mergedIds[" + i + "]", "repeated", "is named twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return List.copyOf(mergedIds);
    }
}

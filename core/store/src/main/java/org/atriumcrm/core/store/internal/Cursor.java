package org.atriumcrm.core.store.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.atriumcrm.core.api.ClientSort;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.ValidationException;

/**
 * Where a page ended, for keyset paging: the sort it belongs to, the last row's sort value and id.
 * Opaque to callers (base64url); the next page starts strictly after it.
 */
record Cursor(ClientSort sort, String value, String id) {

    private static final char SEPARATOR = '\n';

    String encode() {
        String raw = sort.parameter() + SEPARATOR + value + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ValidationException naming {@code after} when the cursor is not one of ours or is for another sort */
    static Cursor decode(String token, ClientSort expectedSort) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid("is not a cursor returned by this list");
        }
        int first = raw.indexOf(SEPARATOR);
        int last = raw.lastIndexOf(SEPARATOR);
        if (first < 0 || first == last) {
            throw invalid("is not a cursor returned by this list");
        }
        ClientSort sort = ClientSort.fromParameter(raw.substring(0, first))
                .orElseThrow(() -> invalid("is not a cursor returned by this list"));
        if (sort != expectedSort) {
            throw invalid("belongs to sort=" + sort.parameter() + ", not sort=" + expectedSort.parameter());
        }
        return new Cursor(sort, raw.substring(first + 1, last), raw.substring(last + 1));
    }

    private static ValidationException invalid(String message) {
        return new ValidationException(List.of(new FieldError("after", message)));
    }
}

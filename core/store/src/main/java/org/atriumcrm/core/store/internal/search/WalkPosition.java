package org.atriumcrm.core.store.internal.search;

import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.store.internal.support.Cursor;

/**
 * A place in a key walk: which term leads it, which of that term's key ranges, and the index
 * entry (search key, sort key, client id) it stands on. Keys may hold any character, so the
 * cursor carries the key's length rather than a separator.
 *
 * @param lead  the term of the query whose keys are walked
 * @param range the key range of that term, in the term's order
 */
record WalkPosition(int lead, int range, String key, String sortKey, String clientId) {

    /** The order a walk's cursors belong to: a cursor of a plain list is refused. */
    static final String ORDER = "match";

    Cursor cursor() {
        return new Cursor(ORDER, lead + " " + range + " " + key.length() + " " + key + sortKey, clientId);
    }

    static WalkPosition of(Cursor cursor) {
        String value = cursor.value();
        try {
            int first = value.indexOf(' ');
            int second = value.indexOf(' ', first + 1);
            int third = value.indexOf(' ', second + 1);
            int lead = Integer.parseInt(value.substring(0, first));
            int range = Integer.parseInt(value.substring(first + 1, second));
            int keyLength = Integer.parseInt(value.substring(second + 1, third));
            String keys = value.substring(third + 1);
            if (lead < 0 || range < 0 || keyLength < 0 || keyLength > keys.length()) {
                throw new IllegalArgumentException(value);
            }
            return new WalkPosition(lead, range, keys.substring(0, keyLength), keys.substring(keyLength), cursor.id());
        } catch (RuntimeException e) {
            throw ValidationException.of("after", "is not a cursor returned by this list");
        }
    }

    /** Whether this entry comes before another one of the same client: by range, then by key. */
    boolean before(int otherRange, String otherKey) {
        return range < otherRange || range == otherRange && key.compareTo(otherKey) < 0;
    }
}

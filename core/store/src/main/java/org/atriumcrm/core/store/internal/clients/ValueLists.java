package org.atriumcrm.core.store.internal.clients;

import java.util.List;

/** Lists of values kept in a table of (owner, position, value), as EclipseLink writes them. */
final class ValueLists {

    private ValueLists() {
    }

    /**
     * Empties {@code current} when {@code wanted} puts a value where another one is, so that the old rows
     * are deleted, in a flush of their own, before the new ones are written.
     *
     * @return whether it was emptied
     */
    static boolean emptyIfRewritten(List<String> current, List<String> wanted) {
        int shared = Math.min(current.size(), wanted.size());
        if (current.subList(0, shared).equals(wanted.subList(0, shared))) {
            return false;
        }
        current.clear();
        return true;
    }
}

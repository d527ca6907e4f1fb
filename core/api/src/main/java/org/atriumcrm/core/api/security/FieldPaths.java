package org.atriumcrm.core.api.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one rule of hidden fields. A hidden field is a path of property names ({@code legalEntities},
 * {@code legalEntities.inn}, {@code contacts.phones}, {@code customFields.discount}) that applies at
 * every depth of a record and to every element of a list on its way: {@code contacts.phones} hides
 * the phones of every contact, {@code phones} the client's phones and every contact's. So a field is
 * hidden when a hidden path occurs, whole, somewhere in it.
 */
public final class FieldPaths {

    private FieldPaths() {
    }

    /**
     * Whether one of {@code hidden} hides {@code path}: {@code legalEntities[0].inn} lies in
     * {@code legalEntities}, {@code legalEntities.inn} and {@code inn}, but not in {@code legalEntities.kpp}.
     *
     * @param path a field as errors and audit changes name it, list indices included
     */
    public static boolean hides(Collection<String> hidden, String path) {
        if (hidden.isEmpty() || path == null) {
            return false;
        }
        List<String> field = segments(path);
        for (String hiddenPath : hidden) {
            if (occursIn(segments(hiddenPath), field)) {
                return true;
            }
        }
        return false;
    }

    /** The property names of a path, list indices left out: {@code contacts[1].phones[0]} → contacts, phones. */
    public static List<String> segments(String path) {
        List<String> names = new ArrayList<>();
        for (String part : path.replaceAll("\\[[^\\]]*]", "").split("\\.")) {
            if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        return names;
    }

    private static boolean occursIn(List<String> hidden, List<String> field) {
        if (hidden.isEmpty()) {
            return false;
        }
        for (int start = 0; start + hidden.size() <= field.size(); start++) {
            if (field.subList(start, start + hidden.size()).equals(hidden)) {
                return true;
            }
        }
        return false;
    }
}

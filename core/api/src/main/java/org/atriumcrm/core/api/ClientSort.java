package org.atriumcrm.core.api;

import java.util.Locale;
import java.util.Optional;

/** The orders a client list can be read in; each pages by keyset, never by offset. */
public enum ClientSort {
    NAME("name"),
    NAME_DESC("-name"),
    CREATED("created"),
    CREATED_DESC("-created"),
    UPDATED("updated"),
    UPDATED_DESC("-updated");

    private final String parameter;

    ClientSort(String parameter) {
        this.parameter = parameter;
    }

    /** The value of the {@code sort} parameter, e.g. {@code -created} for newest first. */
    public String parameter() {
        return parameter;
    }

    public boolean descending() {
        return parameter.startsWith("-");
    }

    public static Optional<ClientSort> fromParameter(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (ClientSort sort : values()) {
            if (sort.parameter.equals(wanted)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}

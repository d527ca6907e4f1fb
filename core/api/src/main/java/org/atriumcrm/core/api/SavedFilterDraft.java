package org.atriumcrm.core.api;

/** What a user saves as a client list filter, or replaces one with. */
public record SavedFilterDraft(String name, boolean shared, String text, ClientFilter filter, ClientSort sort) {

    public SavedFilterDraft {
        filter = filter == null ? ClientFilter.NONE : filter;
        sort = sort == null ? ClientSort.NAME : sort;
    }
}

package org.atriumcrm.core.store.internal.clients;

import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/**
 * One row of {@code atr_client_key}: a search key and the client's name key beside it, so that a
 * search walks the key index already in the order of its page (V014).
 */
@Embeddable
public class SearchKeyEntry {

    @Column(name = "search_key", length = 300, nullable = false)
    private String searchKey;

    @Column(name = "sort_key", length = 300, nullable = false)
    private String sortKey;

    protected SearchKeyEntry() {
        // for JPA
    }

    SearchKeyEntry(String searchKey, String sortKey) {
        this.searchKey = searchKey;
        this.sortKey = sortKey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SearchKeyEntry entry && searchKey.equals(entry.searchKey) && sortKey.equals(entry.sortKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(searchKey, sortKey);
    }
}

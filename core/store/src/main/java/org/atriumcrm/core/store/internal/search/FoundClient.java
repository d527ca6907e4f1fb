package org.atriumcrm.core.store.internal.search;

import org.atriumcrm.core.store.internal.support.Cursor;

/** A client of a page, by id, and the cursor of the page that would end with it. */
public record FoundClient(String id, Cursor at) {
}

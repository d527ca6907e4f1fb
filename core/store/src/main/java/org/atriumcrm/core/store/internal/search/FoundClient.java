package org.atriumcrm.core.store.internal.search;

import org.atriumcrm.core.store.internal.clients.ClientEntity;
import org.atriumcrm.core.store.internal.support.Cursor;

/** A client of a page and the cursor of the page that would end with it. */
public record FoundClient(ClientEntity entity, Cursor at) {
}

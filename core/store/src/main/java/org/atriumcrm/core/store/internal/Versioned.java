package org.atriumcrm.core.store.internal;

/** An entity with an id and an optimistic-locking version. */
interface Versioned {

    String id();

    long version();
}

package org.atriumcrm.core.store.internal;

/** An entity with an optimistic-locking version. */
interface Versioned extends Identified {

    long version();
}

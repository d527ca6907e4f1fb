package org.atriumcrm.core.store.internal.support;

/** An entity with an optimistic-locking version. */
public interface Versioned extends Identified {

    long version();
}

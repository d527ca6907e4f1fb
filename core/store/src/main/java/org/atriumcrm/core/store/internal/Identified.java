package org.atriumcrm.core.store.internal;

/** An entity with a string id, as every table of ours has. */
interface Identified {

    String id();
}

package org.atriumcrm.core.store.internal.support;

/** An entity with a string id, as every table of ours has. */
public interface Identified {

    String id();
}

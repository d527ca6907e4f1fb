package org.atriumcrm.core.api.security;

/** What a role may do in a section. */
public enum Access {
    READ, WRITE, DELETE
}

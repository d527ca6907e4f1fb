package org.atriumcrm.core.api;

/** Whether a client is a company (organisation) or a private person. */
public enum ClientKind {
    ORGANIZATION,
    PERSON
}

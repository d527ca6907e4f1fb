package org.atriumcrm.core.api.security;

/** What an audit row records. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, MERGE, LOGIN, LOGIN_FAILED, LOGOUT
}

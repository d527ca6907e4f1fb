/**
 * Who is calling and what they may do: users, roles with per-section grants, the caller bound to
 * the current request, sessions and API tokens, and the audit trail of every change.
 */
@org.osgi.annotation.versioning.Version("1.4.0")
package org.atriumcrm.core.api.security;

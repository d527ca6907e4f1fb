package org.atriumcrm.core.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of sign-in, PID {@value #PID}; defaults shipped as {@code etc/org.atriumcrm.security.cfg}. */
@ObjectClassDefinition(name = "Atrium CRM security", description = "Sign-in, sessions, lock-out and the first admin")
@interface SecurityConfiguration {

    String PID = "org.atriumcrm.security";

    @AttributeDefinition(name = "JAAS realm",
            description = "The Karaf JAAS realm passwords are checked against: atrium (CRM users in the database) or, e.g., an LDAP realm")
    String realm() default AtriumRealm.NAME;

    @AttributeDefinition(name = "Session idle minutes", description = "A session unused this long ends")
    long session_idle_minutes() default 30;

    @AttributeDefinition(name = "Session hours", description = "A session ends this long after sign-in, however busy")
    long session_max_hours() default 12;

    @AttributeDefinition(name = "Failures before lock-out", description = "Wrong passwords in a row that lock a username")
    int lockout_failures() default 5;

    @AttributeDefinition(name = "Lock-out minutes", description = "How long a locked username stays locked")
    long lockout_minutes() default 15;

    @AttributeDefinition(name = "PBKDF2 iterations", description = "Work factor of new password hashes; old hashes keep theirs")
    int password_iterations() default PasswordHashes.DEFAULT_ITERATIONS;

    @AttributeDefinition(name = "First admin password",
            description = "Password of the admin user created on the first start; empty: a random one, printed once",
            required = false)
    String admin_initial_password() default "";
}

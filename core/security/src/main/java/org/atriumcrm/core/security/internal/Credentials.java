package org.atriumcrm.core.security.internal;

import java.util.List;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.Authentication;
import org.atriumcrm.core.api.security.User;
import org.atriumcrm.core.api.security.UserService;

/**
 * Password hashes of Atrium's own realm. The same work is done for unknown users as for known ones,
 * so timing tells nothing about who exists; {@link SignInLockOut} counts the attempts.
 */
final class Credentials implements PasswordCheck {

    private final JpaTemplate jpa;
    private final UserService users;
    private final int iterations;
    /** Hashed on first use, not at start-up: it costs as much as a sign-in. */
    private volatile String decoy;

    Credentials(JpaTemplate jpa, UserService users, int iterations) {
        this.jpa = jpa;
        this.users = users;
        this.iterations = iterations;
    }

    /** A hash no password matches, checked when the user or its hash is missing so that it takes as long. */
    private String decoy() {
        String hash = decoy;
        if (hash == null) {
            hash = PasswordHashes.hash(Secrets.password().toCharArray(), iterations);
            decoy = hash;
        }
        return hash;
    }

    /** @throws ValidationException naming {@code field} when the password is too short */
    static void requireLength(String field, char[] password) {
        if (password == null || password.length < Authentication.MIN_PASSWORD_LENGTH) {
            throw ValidationException.of(field, "must be at least " + Authentication.MIN_PASSWORD_LENGTH + " characters");
        }
    }

    void setPassword(String userId, char[] password) {
        requireLength("password", password);
        String hash = PasswordHashes.hash(password, iterations);
        jpa.tx(TransactionType.Required, em -> {
            CredentialEntity credential = em.find(CredentialEntity.class, userId);
            if (credential == null) {
                credential = new CredentialEntity(userId);
                credential.change(hash, Utc.now());
                em.persist(credential);
            } else {
                credential.change(hash, Utc.now());
            }
        });
    }

    @Override
    public List<String> rolesIfValid(String username, char[] password) {
        Optional<User> user = users.byUsername(username).filter(User::active);
        String stored = user.flatMap(found -> jpa.txExpr(TransactionType.Supports,
                em -> Optional.ofNullable(em.find(CredentialEntity.class, found.id())).map(CredentialEntity::passwordHash)))
                .orElse(null);
        boolean valid = PasswordHashes.matches(password, stored == null ? decoy() : stored) && stored != null;
        return valid ? user.get().roles() : null;
    }
}

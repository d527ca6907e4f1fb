package org.atriumcrm.core.security.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock-out of a username after repeated wrong passwords. Each attempt is counted before its
 * password is hashed, by an update of the username's row in a short transaction of its own: the
 * database's row lock orders parallel attempts (on Derby as on PostgreSQL), so no more attempts are
 * checked than the limit allows, whatever their number, thread or node. A correct password ends the count.
 */
final class SignInLockOut {

    private static final Logger LOG = LoggerFactory.getLogger(SignInLockOut.class);
    /** Parallel first attempts on a username race to create its row; the losers count on the winner's. */
    private static final int TRIES = 3;

    /** What counting an attempt gave: it may be checked, it must wait until {@code lockedUntil}, or the row was being created. */
    private record Claim(boolean allowed, LocalDateTime lockedUntil) {
        static final Claim ALLOWED = new Claim(true, null);
        static final Claim RACED = new Claim(false, null);
    }

    private final JpaTemplate jpa;

    SignInLockOut(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /**
     * Counts an attempt on {@code username} before its password is checked; the {@code limit}-th in a
     * row locks the username for {@code lockMinutes}.
     *
     * @return empty when the password may be checked, or until when the username is locked
     */
    Optional<LocalDateTime> attempt(String username, int limit, long lockMinutes) {
        String key = key(username);
        RuntimeException last = null;
        for (int tries = 0; tries < TRIES; tries++) {
            try {
                Claim claim = jpa.txExpr(TransactionType.RequiresNew, em -> claim(em, key, Utc.now(), limit, lockMinutes));
                if (claim.allowed()) {
                    return Optional.empty();
                }
                if (claim.lockedUntil() != null) {
                    return Optional.of(claim.lockedUntil());
                }
            } catch (RuntimeException e) {
                LOG.debug("Counting a sign-in attempt of {} raced with another one; counting again", key, e);
                last = e;
            }
        }
        throw last != null ? last : new IllegalStateException("Could not count a sign-in attempt of " + key);
    }

    private static Claim claim(EntityManager em, String key, LocalDateTime now, int limit, long lockMinutes) {
        // a lock that has run out starts a new count
        em.createQuery("UPDATE SignInFailureEntity f SET f.failures = 0, f.lockedUntil = NULL"
                        + " WHERE f.usernameKey = :key AND f.lockedUntil <= :now")
                .setParameter("key", key).setParameter("now", now).executeUpdate();
        int counted = em.createQuery("UPDATE SignInFailureEntity f SET f.failures = f.failures + 1, f.lastFailureAt = :now"
                        + " WHERE f.usernameKey = :key AND f.lockedUntil IS NULL")
                .setParameter("key", key).setParameter("now", now).executeUpdate();
        if (counted == 1) {
            // the row stays locked by this transaction, so the count read here is this attempt's
            em.createQuery("UPDATE SignInFailureEntity f SET f.lockedUntil = :until"
                            + " WHERE f.usernameKey = :key AND f.failures >= :limit")
                    .setParameter("until", now.plusMinutes(lockMinutes)).setParameter("key", key).setParameter("limit", limit)
                    .executeUpdate();
            return Claim.ALLOWED;
        }
        List<LocalDateTime> locked = em.createQuery(
                        "SELECT f.lockedUntil FROM SignInFailureEntity f WHERE f.usernameKey = :key", LocalDateTime.class)
                .setParameter("key", key).getResultList();
        if (!locked.isEmpty()) {
            // locked, or created by a parallel first attempt since the update looked
            return locked.get(0) == null ? Claim.RACED : new Claim(false, locked.get(0));
        }
        em.persist(new SignInFailureEntity(key, now, limit <= 1 ? now.plusMinutes(lockMinutes) : null));
        em.flush();
        return Claim.ALLOWED;
    }

    /** The password was right: the count starts again. */
    void succeeded(String username) {
        jpa.tx(TransactionType.RequiresNew, em -> em.createQuery("DELETE FROM SignInFailureEntity f WHERE f.usernameKey = :key")
                .setParameter("key", key(username)).executeUpdate());
    }

    /** Attempts are counted per username as typed, regardless of case; over-long input is cut to the column. */
    private static String key(String username) {
        String key = username.strip().toLowerCase(Locale.ROOT);
        return key.length() > 100 ? key.substring(0, 100) : key;
    }
}

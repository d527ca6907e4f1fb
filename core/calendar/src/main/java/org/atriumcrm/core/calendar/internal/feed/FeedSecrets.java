package org.atriumcrm.core.calendar.internal.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.calendar.internal.CalendarSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Feed secrets: 32 random bytes, shown once; the database keeps their SHA-256 only. A secret is found
 * by its hash (an index lookup, which tells nothing of the secret) and then compared in constant time;
 * rotating or revoking a feed makes the old address answer 404 on every node at once.
 */
@Component(service = FeedSecrets.class)
public class FeedSecrets {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");
    private final SecureRandom random = new SecureRandom();
    private final JpaTemplate jpa;

    @Activate
    public FeedSecrets(@Reference CalendarSchema schema, @Reference(target = CalendarSchema.UNIT_FILTER) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** A new secret for the user's feed; the one before stops working. */
    public String issue(String userId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = hash(secret);
        jpa.tx(TransactionType.Required, em -> {
            FeedEntity feed = em.find(FeedEntity.class, userId);
            if (feed == null) {
                em.persist(new FeedEntity(userId, hash, now()));
            } else {
                feed.rotate(hash, now());
            }
        });
        return secret;
    }

    /** @return whether there was a feed to revoke */
    public boolean revoke(String userId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            FeedEntity feed = em.find(FeedEntity.class, userId);
            if (feed != null) {
                em.remove(feed);
            }
            return feed != null;
        });
    }

    public Feed of(String userId) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(FeedEntity.class, userId))
                .map(feed -> new Feed(true, feed.createdAt().toInstant(ZoneOffset.UTC),
                        feed.lastUsedAt() == null ? null : feed.lastUsedAt().toInstant(ZoneOffset.UTC)))
                .orElse(new Feed(false, null, null)));
    }

    /** The user whose live feed this secret opens, noting the use; empty for anything else. */
    public Optional<String> userOf(String secret) {
        if (secret == null || !FORM.matcher(secret).matches()) {
            return Optional.empty();
        }
        String hash = hash(secret);
        return jpa.txExpr(TransactionType.Required, em -> {
            List<FeedEntity> found = em.createQuery("SELECT f FROM FeedEntity f WHERE f.secretHash = :hash", FeedEntity.class)
                    .setParameter("hash", hash).getResultList();
            if (found.isEmpty() || !MessageDigest.isEqual(found.get(0).secretHash().getBytes(StandardCharsets.US_ASCII),
                    hash.getBytes(StandardCharsets.US_ASCII))) {
                return Optional.empty();
            }
            FeedEntity feed = found.get(0);
            LocalDateTime now = now();
            // a calendar reads every few minutes: the time is worth a write once an hour
            if (feed.lastUsedAt() == null || feed.lastUsedAt().plusHours(1).isBefore(now)) {
                feed.used(now);
            }
            return Optional.of(feed.userId());
        });
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}

package org.atriumcrm.core.mail.internal.inbox;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.VersionConflictException;
import org.atriumcrm.core.mail.internal.MailSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The claims of incoming messages, the unknown senders' messages and how far each folder was read.
 * A message is filed in the transaction that claims it: core's activities and attachments join it,
 * so a message is either filed whole with its claim or not at all, and a second node's claim of the
 * same Message-ID fails on the primary key.
 */
@Component(service = InboxStore.class)
public class InboxStore {

    public static final String RECORD_TYPE = "unknown-mail";

    private final JpaTemplate jpa;

    @Activate
    public InboxStore(@Reference MailSchema schema, @Reference(target = MailSchema.UNIT_FILTER) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /**
     * Claims the message and runs {@code filing} in the same transaction, unless it was claimed before.
     *
     * @return whether this call filed it
     */
    public boolean fileOnce(InboundMessage message, InboundEntity.Outcome outcome, Consumer<EntityManager> filing) {
        return jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(InboundEntity.class, message.key()) != null) {
                return false;
            }
            em.persist(new InboundEntity(message.key(), message.messageId(), outcome, now()));
            // the claim first: a node filing the same message at once waits here, then fails on the key
            em.flush();
            filing.accept(em);
            return true;
        });
    }

    public boolean claimed(InboundMessage message) {
        return jpa.txExpr(TransactionType.Supports, em -> em.find(InboundEntity.class, message.key()) != null);
    }

    /** Keeps an unknown sender's message (in the claiming transaction). */
    void keepUnknown(EntityManager em, InboundMessage message, byte[] raw) {
        String id = UUID.randomUUID().toString();
        em.persist(new UnknownMailEntity(id, message));
        if (raw != null) {
            // the parent row first: the bytes refer to it
            em.flush();
            em.persist(new UnknownMailRawEntity(id, raw));
        }
    }

    public long lastUid(String mailbox, long uidValidity) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(MailboxStateEntity.class, mailbox))
                .map(state -> state.lastUidUnder(uidValidity)).orElse(0L));
    }

    public void read(String mailbox, long uidValidity, long uid) {
        jpa.tx(TransactionType.RequiresNew, em -> {
            MailboxStateEntity state = em.find(MailboxStateEntity.class, mailbox);
            if (state == null) {
                em.persist(new MailboxStateEntity(mailbox, uidValidity, uid));
            } else {
                state.read(uidValidity, uid);
            }
        });
    }

    public Optional<UnknownMail> unknown(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(UnknownMailEntity.class, id))
                .map(UnknownMailEntity::toUnknownMail));
    }

    /** Unknown senders' messages of a status, newest first, after the cursor of the previous page. */
    public Page<UnknownMail> unknown(String status, int limit, String after) {
        Cursor cursor = Cursor.parse(after);
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<UnknownMailEntity> query;
            if (cursor == null) {
                query = em.createQuery("SELECT u FROM UnknownMailEntity u WHERE u.status = :status ORDER BY u.sentAt DESC, u.id DESC",
                        UnknownMailEntity.class);
            } else {
                query = em.createQuery("SELECT u FROM UnknownMailEntity u WHERE u.status = :status AND (u.sentAt < :at"
                        + " OR (u.sentAt = :at AND u.id < :id)) ORDER BY u.sentAt DESC, u.id DESC", UnknownMailEntity.class)
                        .setParameter("at", cursor.at()).setParameter("id", cursor.id());
            }
            List<UnknownMail> found = query.setParameter("status", status).setMaxResults(limit + 1).getResultList().stream()
                    .map(UnknownMailEntity::toUnknownMail).toList();
            if (found.size() <= limit) {
                return new Page<>(found, null);
            }
            UnknownMail last = found.get(limit - 1);
            return new Page<>(found.subList(0, limit), last.sentAt().toEpochMilli() + "_" + last.id());
        });
    }

    /**
     * Files an open unknown message: {@code filing} gets its raw bytes and answers the client it was
     * filed on, in the same transaction as the message's new status.
     *
     * @throws RecordNotFoundException  for an unknown id
     * @throws VersionConflictException when {@code expectedVersion} is not the message's
     * @throws ValidationException      naming {@code status} when it was filed already
     */
    public UnknownMail resolve(String id, OptionalLong expectedVersion, String status, String userId, Function<byte[], String> filing) {
        return jpa.txExpr(TransactionType.Required, em -> {
            UnknownMailEntity entity = em.find(UnknownMailEntity.class, id);
            if (entity == null) {
                throw new RecordNotFoundException(RECORD_TYPE, id);
            }
            long current = entity.toUnknownMail().version();
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current) {
                throw new VersionConflictException(id, expectedVersion.getAsLong(), current);
            }
            if (!UnknownMail.OPEN.equals(entity.status())) {
                throw ValidationException.of(FieldError.of("status", "already_filed", "was filed already"));
            }
            UnknownMailRawEntity raw = em.find(UnknownMailRawEntity.class, id);
            String clientId = filing.apply(raw == null ? null : raw.rawMessage());
            entity.resolve(status, clientId, userId, now());
            InboundEntity claim = em.find(InboundEntity.class, entity.messageKey());
            if (claim != null) {
                claim.logged();
            }
            // the version moves now, so a second filing of the same message fails on it
            em.flush();
            return entity.toUnknownMail();
        });
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    /** A position in the list: the time and id of the last message of a page. */
    record Cursor(LocalDateTime at, String id) {

        static Cursor parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            int separator = text.indexOf('_');
            try {
                if (separator > 0) {
                    return new Cursor(LocalDateTime.ofInstant(Instant.ofEpochMilli(Long.parseLong(text.substring(0, separator))),
                            ZoneOffset.UTC), text.substring(separator + 1));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw ValidationException.of(FieldError.of("after", FieldError.INVALID, "is not a cursor of this list"));
        }
    }
}

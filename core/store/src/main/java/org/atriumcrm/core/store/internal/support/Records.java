package org.atriumcrm.core.store.internal.support;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.OptimisticLockException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.VersionConflictException;

/** What every store does the same way: ids, times, and version checks on change. */
public final class Records {

    private Records() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Now in UTC to the millisecond, as every timestamp column holds it. */
    public static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The record to change, after checking it is still at the version the caller read.
     *
     * @throws RecordNotFoundException  when it does not exist
     * @throws VersionConflictException when it changed since {@code expectedVersion}
     */
    public static <E extends Versioned> E current(EntityManager em, Class<E> type, String recordType, String id,
                                           OptionalLong expectedVersion) {
        return checked(em.find(type, id), recordType, id, expectedVersion);
    }

    /**
     * As {@link #current}, with the record's row locked until the transaction ends
     * ({@code SELECT … FOR UPDATE}): a writer that read the record before can no longer change it
     * behind this transaction's back, and one that comes later waits and then sees the new version.
     */
    public static <E extends Versioned> E locked(EntityManager em, Class<E> type, String recordType, String id,
                                          OptionalLong expectedVersion) {
        return checked(em.find(type, id, LockModeType.PESSIMISTIC_WRITE), recordType, id, expectedVersion);
    }

    private static <E extends Versioned> E checked(E entity, String recordType, String id, OptionalLong expectedVersion) {
        if (entity == null) {
            throw new RecordNotFoundException(recordType, id);
        }
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != entity.version()) {
            throw new VersionConflictException(id, expectedVersion.getAsLong(), entity.version());
        }
        return entity;
    }

    /**
     * Runs a write to one record; a concurrent writer that committed between our read and our
     * write surfaces from the database as an optimistic lock failure, and leaves here as a
     * version conflict naming the version the record has now.
     */
    public static <E extends Versioned, T> T translatingConflicts(JpaTemplate jpa, Class<E> type, String recordType, String id,
                                                           OptionalLong expectedVersion, Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockException) {
                    long current = jpa.txExpr(TransactionType.Supports,
                                    em -> Optional.ofNullable(em.find(type, id)).map(Versioned::version))
                            .orElseThrow(() -> new RecordNotFoundException(recordType, id));
                    throw new VersionConflictException(id, expectedVersion.orElse(current - 1), current);
                }
            }
            throw e;
        }
    }
}

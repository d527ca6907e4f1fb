package org.atriumcrm.core.store.internal.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.security.AuditAction;
import org.atriumcrm.core.api.security.AuditChange;
import org.atriumcrm.core.api.security.AuditEntry;
import org.atriumcrm.core.api.security.AuditQuery;
import org.atriumcrm.core.api.security.AuditTrail;
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.api.security.UserService;
import org.atriumcrm.core.store.internal.clients.JpaClientService;
import org.atriumcrm.core.store.internal.schema.CoreSchema;
import org.atriumcrm.core.store.internal.support.Cursor;
import org.atriumcrm.core.store.internal.support.Queries;
import org.atriumcrm.core.store.internal.support.Records;
import org.atriumcrm.core.store.internal.support.Times;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link AuditTrail} in {@code atr_audit}, written in the transaction of the change it records. */
@Component(service = {AuditTrail.class, JpaAuditTrail.class})
public class JpaAuditTrail implements AuditTrail {

    private static final String ORDER = "-at";

    private final JpaTemplate jpa;

    @Activate
    public JpaAuditTrail(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa, @Reference CoreSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public void record(AuditAction action, String recordType, String recordId, Object before, Object after) {
        List<AuditChange> changes = RecordChanges.between(before, after);
        if (action == AuditAction.UPDATE && changes.isEmpty()) {
            return; // saved without a change: nothing happened worth a row
        }
        Caller caller = Caller.current().orElse(null);
        write(new AuditEntry(Records.newId(), Times.instant(Records.now()), action, recordType, recordId,
                caller == null ? null : caller.userId(), caller == null ? null : caller.username(), changes));
    }

    @Override
    public void recordSignIn(AuditAction action, String username, String userId) {
        write(new AuditEntry(Records.newId(), Times.instant(Records.now()), action, UserService.RECORD_TYPE, userId, userId, username,
                List.of()));
    }

    private void write(AuditEntry entry) {
        jpa.tx(TransactionType.Required, em -> em.persist(new AuditEntity(entry)));
    }

    @Override
    public Page<AuditEntry> find(AuditQuery query) {
        Queries.checkLimit(query.limit());
        Cursor after = Cursor.decode(query.after(), ORDER);
        return jpa.txExpr(TransactionType.Supports, em -> {
            StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEntity a WHERE 1 = 1");
            Map<String, Object> parameters = new HashMap<>();
            Queries.equal(jpql, parameters, "a.recordType", "recordType", query.recordType());
            Queries.equal(jpql, parameters, "a.recordId", "recordId", query.recordId());
            Queries.equal(jpql, parameters, "a.userId", "userId", query.userId());
            Queries.equal(jpql, parameters, "a.action", "action", query.action());
            if (query.from() != null) {
                jpql.append(" AND a.at >= :from");
                parameters.put("from", Times.utc(query.from()));
            }
            if (query.to() != null) {
                jpql.append(" AND a.at < :to");
                parameters.put("to", Times.utc(query.to()));
            }
            Queries.keysetDescending(jpql, parameters, "a.at", "a.id", after);
            var select = em.createQuery(jpql.toString(), AuditEntity.class).setMaxResults(query.limit() + 1);
            parameters.forEach(select::setParameter);
            return Queries.page(select.getResultList(), query.limit(), AuditEntity::toEntry,
                    last -> Cursor.at(ORDER, last.at(), last.id()));
        });
    }
}

package org.atriumcrm.core.store.internal.quality;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.quality.ClientQualityIssue;
import org.atriumcrm.core.quality.QualityIssue;
import org.atriumcrm.core.quality.QualityIssueQuery;
import org.atriumcrm.core.quality.QualityIssues;
import org.atriumcrm.core.store.internal.clients.ClientEntity;
import org.atriumcrm.core.store.internal.clients.JpaClientService;
import org.atriumcrm.core.store.internal.schema.CoreSchema;
import org.atriumcrm.core.store.internal.support.Cursor;
import org.atriumcrm.core.store.internal.support.Queries;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link QualityIssues} on the core persistence unit: reads what {@link JpaClientService} writes
 * into {@code atr_client_quality_issue} with every client.
 */
@Component(service = QualityIssues.class)
public class JpaQualityIssues implements QualityIssues {

    private final JpaTemplate jpa;

    @Activate
    public JpaQualityIssues(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa, @Reference CoreSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public Page<ClientQualityIssue> find(QualityIssueQuery query) {
        Queries.checkLimit(query.limit());
        Cursor after = Cursor.decode(query.after(), QualityIssueTable.ORDER);
        int afterOrdinal = after == null ? -1 : QualityIssueTable.ordinalOf(after);
        return jpa.txExpr(TransactionType.Supports, em -> Queries.page(QualityIssueTable.page(em, query, after, afterOrdinal),
                query.limit(), QualityIssueTable.Row::toReported, QualityIssueTable.Row::cursor));
    }

    @Override
    public List<QualityIssue> of(String clientId) {
        // thrown outside the transaction: Aries logs a rollback with its stack for an exception inside
        List<QualityIssue> issues = jpa.txExpr(TransactionType.Supports,
                em -> em.find(ClientEntity.class, clientId) == null ? null : QualityIssueTable.of(em, clientId));
        if (issues == null) {
            throw new RecordNotFoundException(ClientService.RECORD_TYPE, clientId);
        }
        return issues;
    }
}

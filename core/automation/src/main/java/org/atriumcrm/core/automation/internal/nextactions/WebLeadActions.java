package org.atriumcrm.core.automation.internal.nextactions;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.security.Access;
import org.atriumcrm.core.api.security.AccessDeniedException;
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.api.security.FieldPaths;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.automation.internal.AutomationSchema;
import org.atriumcrm.core.automation.internal.forms.FormSchema;
import org.atriumcrm.core.spi.NextAction;
import org.atriumcrm.core.spi.NextActionSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Web form submissions nobody has answered, about the user's clients (by responsible manager) or
 * about clients without one (shown to whoever reaches them). Done marks the submission answered for
 * everyone, by a caller who may write clients (403 otherwise); the newest {@value #SCANNED} unanswered submissions are looked at.
 */
@Component(service = NextActionSource.class)
public class WebLeadActions implements NextActionSource {

    static final int SCANNED = 500;
    private static final String ID_PREFIX = "lead:";

    private final JpaTemplate jpa;
    private final ClientService clients;

    @Activate
    public WebLeadActions(@Reference FormSchema schema, @Reference(target = AutomationSchema.UNIT_FILTER) JpaTemplate jpa,
            @Reference ClientService clients) {
        this.jpa = jpa;
        this.clients = clients;
    }

    @Override
    public List<NextAction> nextActions(String userId, Instant now, ZoneId zone, int limit) {
        boolean nameHidden = Caller.current().map(caller -> FieldPaths.hides(caller.hiddenFields(Sections.CLIENTS), "name"))
                .orElse(false);
        List<Object[]> unanswered = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT s.id, s.clientId, s.submittedAt FROM SubmissionEntity s WHERE s.answeredAt IS NULL"
                        + " ORDER BY s.submittedAt DESC, s.id", Object[].class).setMaxResults(SCANNED).getResultList());
        List<NextAction> items = new ArrayList<>();
        for (Object[] row : unanswered) {
            String clientId = (String) row[1];
            Optional<Client> client = clients.get(clientId).filter(found -> found.responsibleManagerId() == null
                    || userId.equals(found.responsibleManagerId()));
            if (client.isEmpty()) {
                continue;
            }
            Instant at = ((LocalDateTime) row[2]).toInstant(ZoneOffset.UTC);
            items.add(new NextAction(NextAction.CORE, ID_PREFIX + row[0], NextAction.WEB_LEAD, nameHidden ? "" : client.get().name(),
                    ClientService.RECORD_TYPE, clientId, at, clientId, null, Map.of()));
            if (items.size() >= limit) {
                break;
            }
        }
        return items;
    }

    /** Marks the submission answered, by the current caller. */
    @Override
    public boolean complete(NextAction item) {
        if (Caller.current().filter(caller -> !caller.allows(Sections.CLIENTS, Access.WRITE)).isPresent()) {
            throw new AccessDeniedException("Answering a lead needs write access to clients");
        }
        String submissionId = item.id().substring(ID_PREFIX.length());
        String by = Caller.current().map(Caller::userId).orElse(null);
        LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC);
        jpa.tx(TransactionType.Required, em -> em.createQuery("UPDATE SubmissionEntity s SET s.answeredAt = :at,"
                + " s.answeredBy = :by WHERE s.id = :id AND s.answeredAt IS NULL")
                .setParameter("at", at).setParameter("by", by).setParameter("id", submissionId).executeUpdate());
        return true;
    }
}

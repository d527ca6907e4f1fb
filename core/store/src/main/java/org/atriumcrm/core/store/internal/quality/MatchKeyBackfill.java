package org.atriumcrm.core.store.internal.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.store.internal.clients.ClientEntity;
import org.atriumcrm.core.store.internal.clients.ClientPartRows;
import org.atriumcrm.core.store.internal.clients.ClientParts;
import org.atriumcrm.core.store.internal.clients.JpaClientService;
import org.atriumcrm.core.store.internal.clients.PartsDocumentColumn;
import org.atriumcrm.core.store.internal.duplicates.ClientMatchKeys;
import org.atriumcrm.core.store.internal.duplicates.MatchKeyTable;
import org.atriumcrm.core.store.internal.fields.CustomValues;
import org.atriumcrm.core.store.internal.schema.CoreSchema;
import org.atriumcrm.core.store.internal.support.Records;
import org.atriumcrm.core.store.internal.support.SettingEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link DerivedRows} of the clients stored before their table existed (an upgrade):
 * the match keys ({@code atr_client_match_key}), the quality issues
 * ({@code atr_client_quality_issue}) and the parts documents ({@code atr_client.parts_doc}). Each once per database, recorded by its own setting, in
 * small transactions on a thread of its own so that the start is not held up. Clients written
 * meanwhile get their rows from the write itself.
 */
@Component(immediate = true)
public class MatchKeyBackfill {

    static final String DONE_SETTING = "match.keys.built";
    static final String QUALITY_DONE_SETTING = "quality.issues.built";
    static final String DOCUMENTS_DONE_SETTING = "parts.documents.built";
    private static final int BATCH = 200;
    private static final int ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(MatchKeyBackfill.class);

    private final JpaTemplate jpa;
    private final List<DerivedRows> derived;
    private final Thread worker;
    private volatile boolean stopped;

    @Activate
    public MatchKeyBackfill(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa,
                            @Reference CoreSchema schema,
                            @Reference ClientMatchKeys matchKeys,
                            @Reference ClientQualityIssues qualityIssues) {
        this.jpa = jpa;
        this.derived = List.of(
                new DerivedRows("match keys", DONE_SETTING, MatchKeyTable::clientsWithoutKeys,
                        (em, id, client, parts) -> MatchKeyTable.insert(em, id, matchKeys.of(client))),
                // every client is checked, so a client written meanwhile gets its rows rewritten, not doubled
                new DerivedRows("quality issues", QUALITY_DONE_SETTING, QualityIssueTable::clientsToCheck,
                        (em, id, client, parts) -> QualityIssueTable.write(em, id, qualityIssues.of(client))),
                new DerivedRows("parts documents", DOCUMENTS_DONE_SETTING, PartsDocumentColumn::clientsWithout,
                        (em, id, client, parts) -> PartsDocumentColumn.write(em,
                                List.of(new PartsDocumentColumn.Stored(id, client.version(), parts)))));
        this.worker = new Thread(this::run, "atrium-match-key-backfill");
        worker.setDaemon(true);
        worker.start();
    }

    @Deactivate
    void stop() throws InterruptedException {
        stopped = true;
        worker.join(10_000);
    }

    private void run() {
        for (DerivedRows rows : derived) {
            if (!stopped) {
                build(rows);
            }
        }
    }

    private void build(DerivedRows rows) {
        try {
            if (jpa.txExpr(TransactionType.Supports, em -> em.find(SettingEntity.class, rows.doneSetting()) != null)) {
                return;
            }
            int built = 0;
            int failures = 0;
            String after = "";
            while (!stopped) {
                String from = after;
                try {
                    BatchResult batch = jpa.txExpr(TransactionType.Required, em -> buildBatch(em, rows, from));
                    built += batch.built();
                    if (batch.lastId() == null) {
                        break;
                    }
                    after = batch.lastId();
                } catch (RuntimeException e) {
                    // a client written meanwhile already has its rows; the next attempt skips or rewrites it
                    if (++failures >= ATTEMPTS) {
                        LOG.warn("The {} of older clients were not built; trying again at the next start", rows.name(), e);
                        return;
                    }
                }
            }
            if (!stopped) {
                jpa.tx(TransactionType.Required, em -> em.persist(new SettingEntity(rows.doneSetting(), Records.now().toString())));
                if (built > 0) {
                    LOG.info("Built the {} of {} clients stored before", rows.name(), built);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("The {} of older clients were not built; trying again at the next start", rows.name(), e);
        }
    }

    private record BatchResult(int built, String lastId) {
    }

    private BatchResult buildBatch(EntityManager em, DerivedRows rows, String after) {
        List<String> ids = rows.clients().after(em, after, BATCH);
        if (ids.isEmpty()) {
            return new BatchResult(0, null);
        }
        List<CustomField> customFields = CustomValues.definitions(em, RecordKind.CLIENT);
        // locked until the batch commits: a write of a client waits, then derives its rows from its own data;
        // the parts are read once the rows are locked, so that they are those of the version locked
        Map<String, ClientEntity> clients = new LinkedHashMap<>();
        for (String id : ids) {
            ClientEntity client = em.find(ClientEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (client != null) {
                clients.put(id, client);
            }
        }
        Map<String, ClientParts> parts = ClientPartRows.read(em, clients.keySet());
        int built = 0;
        for (Map.Entry<String, ClientEntity> entry : clients.entrySet()) {
            String id = entry.getKey();
            ClientParts own = parts.getOrDefault(id, ClientParts.NONE);
            try {
                rows.builder().build(em, id, entry.getValue().toClient(own, customFields), own);
                built++;
            } catch (IllegalArgumentException e) {
                LOG.warn("No {} for client {}: its data cannot be read for them", rows.name(), id, e);
            }
        }
        return new BatchResult(built, ids.get(ids.size() - 1));
    }
}

package org.atriumcrm.core.store.internal;

import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.quality.ClientMatching;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the match keys of the clients stored before {@code atr_client_match_key} existed (an
 * upgrade), once per database, in small transactions on a thread of its own so that the start is
 * not held up. Clients written meanwhile get their keys from the write itself.
 */
@Component(immediate = true)
public class MatchKeyBackfill {

    static final String DONE_SETTING = "match.keys.built";
    private static final int BATCH = 200;
    private static final int ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(MatchKeyBackfill.class);

    private final JpaTemplate jpa;
    private final ClientMatching matching;
    private final Thread worker;
    private volatile boolean stopped;

    @Activate
    public MatchKeyBackfill(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa,
                            @Reference CoreSchema schema,
                            @Reference ClientMatching matching) {
        this.jpa = jpa;
        this.matching = matching;
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
        try {
            if (jpa.txExpr(TransactionType.Supports, em -> em.find(SettingEntity.class, DONE_SETTING) != null)) {
                return;
            }
            int built = 0;
            int failures = 0;
            String after = "";
            while (!stopped) {
                String from = after;
                try {
                    BatchResult batch = jpa.txExpr(TransactionType.Required, em -> buildBatch(em, from));
                    built += batch.built();
                    if (batch.lastId() == null) {
                        break;
                    }
                    after = batch.lastId();
                } catch (RuntimeException e) {
                    // a client written meanwhile already has its keys; the next attempt skips it
                    if (++failures >= ATTEMPTS) {
                        LOG.warn("Match keys of older clients not built; trying again at the next start", e);
                        return;
                    }
                }
            }
            if (!stopped) {
                jpa.tx(TransactionType.Required, em -> em.persist(new SettingEntity(DONE_SETTING, Records.now().toString())));
                if (built > 0) {
                    LOG.info("Built the match keys of {} clients stored before duplicate detection", built);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Match keys of older clients not built; trying again at the next start", e);
        }
    }

    private record BatchResult(int built, String lastId) {
    }

    private BatchResult buildBatch(EntityManager em, String after) {
        List<String> ids = MatchKeyTable.clientsWithoutKeys(em, after, BATCH);
        if (ids.isEmpty()) {
            return new BatchResult(0, null);
        }
        List<CustomField> customFields = CustomValues.definitions(em, RecordKind.CLIENT);
        Map<String, Map<String, Object>> values = CustomValues.load(em, ids, customFields);
        int built = 0;
        for (String id : ids) {
            ClientEntity client = em.find(ClientEntity.class, id);
            if (client == null) {
                continue;
            }
            try {
                MatchKeyTable.insert(em, id, matching.keysOf(client.toClient(values.getOrDefault(id, Map.of()))));
                built++;
            } catch (IllegalArgumentException e) {
                LOG.warn("No match keys for client {}: its data cannot be read as keys", id, e);
            }
        }
        return new BatchResult(built, ids.get(ids.size() - 1));
    }
}

package org.atriumcrm.core.store.internal.removal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import javax.persistence.EntityManager;

import org.atriumcrm.core.api.ActivityService;
import org.atriumcrm.core.api.OpportunityService;
import org.atriumcrm.core.api.TaskService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What a client holds in core's other aggregates, deleted with the client in its transaction: its
 * activities (with their attachments), tasks and deals, also those of another client's or of no
 * client that name one of its deals, its deals' stage moves and its lifecycle history. Activities,
 * tasks and deals go through their own services, so each is in the audit trail and announced as
 * deleted like one deleted alone.
 */
@Component(service = ClientHoldings.class)
public class ClientHoldings {

    private final ActivityService activities;
    private final TaskService tasks;
    private final OpportunityService opportunities;

    @Activate
    public ClientHoldings(@Reference ActivityService activities, @Reference TaskService tasks,
                          @Reference OpportunityService opportunities) {
        this.activities = activities;
        this.tasks = tasks;
        this.opportunities = opportunities;
    }

    /** Deletes them in the caller's transaction. */
    public void delete(EntityManager em, String clientId) {
        List<String> deals = ids(em, "atr_opportunity", "client_id", List.of(clientId));
        Set<String> activityIds = new LinkedHashSet<>(ids(em, "atr_activity", "client_id", List.of(clientId)));
        activityIds.addAll(ids(em, "atr_activity", "opportunity_id", deals));
        Set<String> taskIds = new LinkedHashSet<>(ids(em, "atr_task", "client_id", List.of(clientId)));
        taskIds.addAll(ids(em, "atr_task", "opportunity_id", deals));
        activityIds.forEach(id -> activities.delete(id, OptionalLong.empty()));
        taskIds.forEach(id -> tasks.delete(id, OptionalLong.empty()));
        deals.forEach(id -> opportunities.delete(id, OptionalLong.empty()));
        // a stage move names its deal's client, so none of the client's is left after its deals
        em.createNativeQuery("DELETE FROM atr_stage_change WHERE client_id = ?").setParameter(1, clientId).executeUpdate();
        em.createNativeQuery("DELETE FROM atr_client_status_change WHERE client_id = ?").setParameter(1, clientId).executeUpdate();
    }

    private static List<String> ids(EntityManager em, String table, String column, List<String> values) {
        List<String> ids = new ArrayList<>();
        for (String value : values) {
            @SuppressWarnings("unchecked")
            List<String> found = em.createNativeQuery("SELECT id FROM " + table + " WHERE " + column + " = ?")
                    .setParameter(1, value).getResultList();
            found.forEach(id -> ids.add(id.strip()));
        }
        return ids;
    }
}

package ${package}.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.ClientAccess;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Items in the module's persistence unit; checks a draft before anything is written. Every client
 * is looked at through {@link ClientAccess}: it answers for the caller of the request, so a user
 * limited to its team's clients neither reads nor writes the items of others' clients. Never read
 * clients around it.
 */
@Component(service = ItemStore.class)
public class ItemStore {

    static final String UNIT_FILTER = "(osgi.unit.name=${moduleId})";
    static final int MAX_LIMIT = 200;

    private final JpaTemplate jpa;
    private final ClientAccess clients;

    @Activate
    public ItemStore(@Reference(target = UNIT_FILTER) JpaTemplate jpa, @Reference ClientAccess clients,
                     @Reference ModuleSchema schema) {
        this.jpa = jpa;
        this.clients = clients;
    }

    public Item create(ItemDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.clientId() == null || draft.clientId().isBlank()) {
            errors.add(new FieldError("clientId", "is required"));
        } else if (!clients.reachable(draft.clientId())) {
            // an unknown client and one out of the caller's reach get the same answer
            errors.add(new FieldError("clientId", "no client has this id"));
        }
        if (draft.title() == null || draft.title().isBlank()) {
            errors.add(new FieldError("title", "is required"));
        } else if (draft.title().length() > 200) {
            errors.add(new FieldError("title", "is longer than 200 characters"));
        }
        if (draft.note() != null && draft.note().length() > 2000) {
            errors.add(new FieldError("note", "is longer than 2000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ItemEntity entity = new ItemEntity(UUID.randomUUID().toString(), draft.clientId(), draft.title().strip(),
                draft.note(), LocalDateTime.now(ZoneOffset.UTC));
        return jpa.txExpr(TransactionType.Required, em -> {
            em.persist(entity);
            em.flush();
            return entity.toItem();
        });
    }

    /**
     * A client's items, newest first (the caller checks the client: {@link #ofReachableClient}, or the
     * timeline, which core shows only for a client the caller reaches): all of them when {@code before} is null, else those created
     * before it, or at it with a lower id (the keyset of the next page and of the timeline).
     */
    /**
     * A client's items for the caller of the request, newest first.
     *
     * @throws org.atriumcrm.core.api.RecordNotFoundException when the client does not exist or is out of the caller's reach
     */
    public List<Item> ofReachableClient(String clientId, int limit) {
        clients.requireReach(clientId);
        return ofClient(clientId, null, null, limit);
    }

    public List<Item> ofClient(String clientId, Instant before, String beforeId, int limit) {
        String keyset = before == null ? "" : " AND (i.createdAt < :at OR (i.createdAt = :at AND i.id < :id))";
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<ItemEntity> query = em.createQuery("SELECT i FROM ItemEntity i WHERE i.clientId = :client" + keyset
                    + " ORDER BY i.createdAt DESC, i.id DESC", ItemEntity.class);
            query.setParameter("client", clientId);
            if (before != null) {
                query.setParameter("at", LocalDateTime.ofInstant(before, ZoneOffset.UTC));
                query.setParameter("id", beforeId == null ? "" : beforeId);
            }
            return query.setMaxResults(Math.min(limit, MAX_LIMIT)).getResultList().stream().map(ItemEntity::toItem).toList();
        });
    }
}

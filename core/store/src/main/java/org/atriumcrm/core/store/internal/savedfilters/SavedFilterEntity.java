package org.atriumcrm.core.store.internal.savedfilters;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.JoinColumn;
import javax.persistence.MapKeyColumn;
import javax.persistence.Table;

import org.atriumcrm.core.api.ClientFilter;
import org.atriumcrm.core.api.ClientSort;
import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.PurchasePotential;
import org.atriumcrm.core.api.SavedFilter;
import org.atriumcrm.core.api.SavedFilterDraft;
import org.atriumcrm.core.store.internal.support.TrackedEntity;

/** Storage form of a {@link SavedFilter}: one column per list filter, custom field values in their own rows. */
@Entity
@Table(name = "atr_saved_filter")
public class SavedFilterEntity extends TrackedEntity {

    @Column(name = "owner_id", nullable = false, length = 64)
    private String ownerId;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "shared", nullable = false)
    private int shared;

    @Column(name = "search_text", length = 200)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20)
    private LifecycleStatus status;

    @Column(name = "source", length = 100)
    private String source;

    @Column(name = "client_type", length = 60)
    private String clientType;

    @Column(name = "sector", length = 100)
    private String sector;

    @Enumerated(EnumType.STRING)
    @Column(name = "purchase_potential", length = 10)
    private PurchasePotential purchasePotential;

    @Column(name = "geography", length = 100)
    private String geography;

    @Column(name = "tag", length = 60)
    private String tag;

    @Column(name = "responsible_manager_id", length = 64)
    private String responsibleManagerId;

    /** The order as the list's {@code sort} parameter names it ({@code -created}). */
    @Column(name = "sort_order", nullable = false, length = 20)
    private String sort;

    @ElementCollection
    @CollectionTable(name = "atr_saved_filter_field", joinColumns = @JoinColumn(name = "filter_id"))
    @MapKeyColumn(name = "field_key", length = 100)
    @Column(name = "field_value", length = 1000, nullable = false)
    private Map<String, String> customFields = new LinkedHashMap<>();

    protected SavedFilterEntity() {
        // for JPA
    }

    SavedFilterEntity(String id, String ownerId, LocalDateTime now) {
        super(id, now);
        this.ownerId = ownerId;
    }

    String ownerId() {
        return ownerId;
    }

    /** Takes a checked draft. */
    void apply(SavedFilterDraft draft, LocalDateTime now) {
        ClientFilter filter = draft.filter();
        name = draft.name();
        shared = draft.shared() ? 1 : 0;
        text = draft.text();
        status = filter.status();
        source = filter.source();
        clientType = filter.clientType();
        sector = filter.sector();
        purchasePotential = filter.purchasePotential();
        geography = filter.geography();
        tag = filter.tag();
        responsibleManagerId = filter.responsibleManagerId();
        customFields.clear();
        customFields.putAll(filter.customFields());
        sort = draft.sort().parameter();
        touch(now);
    }

    SavedFilter toSavedFilter() {
        ClientFilter filter = new ClientFilter(status, source, clientType, sector, purchasePotential, geography, tag,
                responsibleManagerId, new LinkedHashMap<>(customFields), null);
        return new SavedFilter(id(), ownerId, name, shared == 1, text, filter,
                ClientSort.fromParameter(sort).orElse(ClientSort.NAME), version(),
                createdAt().toInstant(ZoneOffset.UTC), updatedAt().toInstant(ZoneOffset.UTC));
    }
}

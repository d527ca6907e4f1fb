package org.atriumcrm.core.store.internal.clients;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.CascadeType;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.JoinColumn;
import javax.persistence.OneToMany;
import javax.persistence.OrderColumn;
import javax.persistence.Table;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientKind;
import org.atriumcrm.core.api.ClientSort;
import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.LegalEntity;
import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.PurchasePotential;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.store.internal.support.EmbeddedListsRewrittenFromFirstChange;
import org.atriumcrm.core.store.internal.support.TrackedEntity;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Customizer;

/**
 * Storage form of a client. Times are UTC. The collections are written through this entity and read
 * for its updates; a client is shown from its parts as {@link ClientPartRows} reads them.
 */
@Entity
@Table(name = "atr_client")
@Customizer(EmbeddedListsRewrittenFromFirstChange.class)
public class ClientEntity extends TrackedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ClientKind kind;

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Column(name = "name_key", nullable = false, length = 300)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
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

    @Column(name = "responsible_manager_id", length = 64)
    private String responsibleManagerId;

    @ElementCollection
    @CollectionTable(name = "atr_client_phone", joinColumns = @JoinColumn(name = "client_id"))
    @OrderColumn(name = "ord")
    @BatchFetch(BatchFetchType.IN)
    private List<PhoneEntry> phones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "atr_client_email", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "address", length = 254, nullable = false)
    @OrderColumn(name = "ord")
    @BatchFetch(BatchFetchType.IN)
    private List<String> emails = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "atr_client_website", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "url", length = 500, nullable = false)
    @OrderColumn(name = "ord")
    @BatchFetch(BatchFetchType.IN)
    private List<String> websites = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "atr_client_address", joinColumns = @JoinColumn(name = "client_id"))
    @OrderColumn(name = "ord")
    @BatchFetch(BatchFetchType.IN)
    private List<AddressEntry> addresses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "atr_client_tag", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "tag", length = 60, nullable = false)
    @OrderColumn(name = "ord")
    @BatchFetch(BatchFetchType.IN)
    private List<String> tags = new ArrayList<>();

    @OneToMany(mappedBy = "client", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "ord")
    @BatchFetch(BatchFetchType.IN)
    private List<ContactEntity> contacts = new ArrayList<>();

    @OneToMany(mappedBy = "client", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "ord")
    @BatchFetch(BatchFetchType.IN)
    private List<LegalEntityEntity> legalEntities = new ArrayList<>();

    /** Derived from the fields above on every write; read only by search queries. */
    @ElementCollection
    @CollectionTable(name = "atr_client_key", joinColumns = @JoinColumn(name = "client_id"))
    private List<SearchKeyEntry> searchKeys = new ArrayList<>();

    protected ClientEntity() {
        // for JPA
    }

    ClientEntity(String id, LocalDateTime now) {
        super(id, now);
    }

    /**
     * Replaces every user-editable field with the validated values. Contacts and legal entities
     * named by id keep their identity; an id that is not one of this client's is refused.
     */
    void apply(NormalizedClient client, LocalDateTime now) {
        kind = client.kind();
        name = client.name();
        nameKey = client.nameKey();
        status = client.status();
        source = client.source();
        clientType = client.clientType();
        sector = client.sector();
        purchasePotential = client.purchasePotential();
        geography = client.geography();
        responsibleManagerId = client.responsibleManagerId();
        List<FieldError> unknown = new ArrayList<>();
        List<ContactEntity> keptContacts = reconcile(contacts, client.contacts(), NormalizedContact::id,
                ContactEntity::id, id -> new ContactEntity(id, this), "contacts", unknown);
        List<LegalEntityEntity> keptEntities = reconcile(legalEntities, client.legalEntities(), LegalEntity::id,
                LegalEntityEntity::id, id -> new LegalEntityEntity(id, this), "legalEntities", unknown);
        if (!unknown.isEmpty()) {
            throw new ValidationException(unknown);
        }
        for (int i = 0; i < keptContacts.size(); i++) {
            keptContacts.get(i).apply(client.contacts().get(i));
        }
        for (int i = 0; i < keptEntities.size(); i++) {
            keptEntities.get(i).apply(client.legalEntities().get(i));
        }
        replace(contacts, keptContacts);
        replace(legalEntities, keptEntities);
        replace(phones, client.phones());
        replace(emails, client.emails());
        replace(websites, client.websites());
        replace(addresses, client.addresses().stream().map(AddressEntry::new).toList());
        replace(tags, client.tags());
        Set<SearchKeyEntry> keys = client.searchKeys().stream().map(key -> new SearchKeyEntry(key, nameKey))
                .collect(Collectors.toSet());
        // a list, not a set: JPA fills an embeddable after adding it, so a set would hash it empty
        if (!Set.copyOf(searchKeys).equals(keys)) {
            searchKeys.clear();
            searchKeys.addAll(keys);
        }
        touch(now);
    }

    /**
     * The children a client should have after an update, in the order sent: the existing one for
     * each id sent, a new one where no id was sent.
     */
    private static <V, E> List<E> reconcile(List<E> current, List<V> wanted, Function<V, String> wantedId,
                                            Function<E, String> currentId, Function<String, E> create,
                                            String field, List<FieldError> unknown) {
        Map<String, E> byId = new HashMap<>();
        current.forEach(child -> byId.put(currentId.apply(child), child));
        List<E> result = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            String id = wantedId.apply(wanted.get(i));
            E child = id == null ? create.apply(UUID.randomUUID().toString()) : byId.get(id);
            if (child == null) {
                unknown.add(new FieldError(field + "[" + i + "].id", "is not one of this client's " + field));
            }
            result.add(child);
        }
        return result;
    }

    private static <T> void replace(List<T> target, List<T> values) {
        target.clear();
        target.addAll(values);
    }

    public LifecycleStatus status() {
        return status;
    }

    /** A lifecycle move on its own (archive, restore): the rest stays as stored, whatever today's rules say of it. */
    public void changeStatus(LifecycleStatus to, LocalDateTime now) {
        status = to;
        touch(now);
    }

    /** The value this client is ordered by in {@code sort}, as a keyset cursor carries it. */
    public String sortValue(ClientSort sort) {
        return switch (sort) {
            case NAME, NAME_DESC -> nameKey;
            case CREATED, CREATED_DESC -> createdAt().toString();
            case UPDATED, UPDATED_DESC -> updatedAt().toString();
        };
    }

    /**
     * The client as the API shows it, from this row and its parts as {@link ClientPartRows} read them
     * (never from this entity's own collections: read lazily, they would cost a statement each).
     */
    public Client toClient(ClientParts parts, List<CustomField> customFields) {
        return new ClientRow(id(), kind, name, status, source, clientType, sector, purchasePotential, geography,
                responsibleManagerId, createdAt(), updatedAt(), version()).toClient(parts, customFields);
    }
}

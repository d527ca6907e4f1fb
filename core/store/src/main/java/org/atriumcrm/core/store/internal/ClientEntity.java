package org.atriumcrm.core.store.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientKind;
import org.atriumcrm.core.api.ClientSort;
import org.atriumcrm.core.api.LifecycleStatus;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** Storage form of a client. Times are UTC; the child collections are loaded in one IN query per page. */
@Entity
@Table(name = "atr_client")
public class ClientEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

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

    @Column(name = "responsible_manager_id", length = 64)
    private String responsibleManagerId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

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

    /** Derived from the fields above on every write; read only by search queries. */
    @ElementCollection
    @CollectionTable(name = "atr_client_key", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "search_key", length = 300, nullable = false)
    private Set<String> searchKeys = new HashSet<>();

    protected ClientEntity() {
        // for JPA
    }

    ClientEntity(String id, LocalDateTime now) {
        this.id = id;
        this.createdAt = now;
    }

    /** Replaces every user-editable field with the validated values. */
    void apply(NormalizedClient client, LocalDateTime now) {
        kind = client.kind();
        name = client.name();
        nameKey = client.nameKey();
        status = client.status();
        source = client.source();
        responsibleManagerId = client.responsibleManagerId();
        replace(phones, client.phones());
        replace(emails, client.emails());
        replace(addresses, client.addresses().stream().map(AddressEntry::new).toList());
        replace(tags, client.tags());
        if (!searchKeys.equals(client.searchKeys())) {
            searchKeys.clear();
            searchKeys.addAll(client.searchKeys());
        }
        updatedAt = now;
    }

    private static <T> void replace(List<T> target, List<T> values) {
        target.clear();
        target.addAll(values);
    }

    String id() {
        return id;
    }

    long version() {
        return version;
    }

    /** The value this client is ordered by in {@code sort}, as a keyset cursor carries it. */
    String sortValue(ClientSort sort) {
        return switch (sort) {
            case NAME, NAME_DESC -> nameKey;
            case CREATED, CREATED_DESC -> createdAt.toString();
            case UPDATED, UPDATED_DESC -> updatedAt.toString();
        };
    }

    Client toClient() {
        return new Client(id, kind, name,
                phones.stream().map(PhoneEntry::number).toList(),
                emails, addresses.stream().map(AddressEntry::toAddress).toList(),
                status, source, tags, responsibleManagerId,
                createdAt.toInstant(ZoneOffset.UTC), updatedAt.toInstant(ZoneOffset.UTC), version);
    }
}

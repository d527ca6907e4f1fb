package org.atriumcrm.core.store.internal.clients;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;

import org.atriumcrm.core.api.ContactPerson;
import org.atriumcrm.core.store.internal.support.EmbeddedListsRewrittenFromFirstChange;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Customizer;

/** Storage form of a {@link ContactPerson}; owned by its client. */
@Entity
@Table(name = "atr_contact")
@Customizer(EmbeddedListsRewrittenFromFirstChange.class)
public class ContactEntity extends ClientPartEntity {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "position", length = 100)
    private String position;

    @Column(name = "birthday")
    private LocalDate birthday;

    @Column(name = "notes", length = 2000)
    private String notes;

    /*
     * Not batch-fetched: EclipseLink 2.7 registers the embeddables a batch query reads inside a
     * transaction already writing (a merge, after moving rows by SQL) as entities of the unit of
     * work, and its next flush fails on PhoneEntry's bare descriptor.
     */
    @ElementCollection
    @CollectionTable(name = "atr_contact_phone", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "ord")
    private List<PhoneEntry> phones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "atr_contact_email", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "address", length = 254, nullable = false)
    @OrderColumn(name = "ord")
    @BatchFetch(BatchFetchType.IN)
    private List<String> emails = new ArrayList<>();

    protected ContactEntity() {
        // for JPA
    }

    ContactEntity(String id, ClientEntity client) {
        super(id, client);
    }

    void apply(NormalizedContact contact) {
        name = contact.name();
        position = contact.position();
        birthday = contact.birthday();
        notes = contact.notes();
        phones.clear();
        phones.addAll(contact.phones());
        emails.clear();
        emails.addAll(contact.emails());
    }
}

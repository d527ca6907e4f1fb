package org.atriumcrm.core.store.internal.clients;

import javax.persistence.Column;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.MappedSuperclass;

import org.atriumcrm.core.store.internal.support.Identified;

/** A row that belongs to one client and is saved with it: a contact person, a legal entity. */
@MappedSuperclass
public abstract class ClientPartEntity implements Identified {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private ClientEntity client;

    protected ClientPartEntity() {
        // for JPA
    }

    protected ClientPartEntity(String id, ClientEntity client) {
        this.id = id;
        this.client = client;
    }

    @Override
    public String id() {
        return id;
    }
}

package org.atriumcrm.core.store.internal.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import org.atriumcrm.core.api.security.Grant;
import org.atriumcrm.core.api.security.Role;
import org.atriumcrm.core.store.internal.support.Versioned;

/** A role and its grants per section. */
@Entity
@Table(name = "atr_role")
public class RoleEntity implements Versioned {

    @Id
    @Column(name = "id", length = 50)
    private String id;

    @Column(name = "label", length = 200, nullable = false)
    private String label;

    @Column(name = "built_in", nullable = false)
    private boolean builtIn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "atr_role_grant", joinColumns = @JoinColumn(name = "role_id"))
    private List<GrantEntry> grants = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RoleEntity() {
        // for JPA
    }

    RoleEntity(String id) {
        this.id = id;
    }

    void apply(String newLabel, Map<String, Grant> newGrants) {
        label = newLabel;
        grants.clear();
        newGrants.forEach((section, grant) -> grants.add(new GrantEntry(section, grant)));
    }

    Role toRole() {
        Map<String, Grant> bySection = new LinkedHashMap<>();
        grants.forEach(entry -> bySection.put(entry.section(), entry.toGrant()));
        return new Role(id, label, builtIn, bySection, version);
    }

    boolean builtIn() {
        return builtIn;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public long version() {
        return version;
    }
}

package org.atriumcrm.core.store.internal.support;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A named fact about this installation, such as when the demo data was loaded. */
@Entity
@Table(name = "atr_setting")
public class SettingEntity {

    @Id
    @Column(name = "name", length = 100)
    private String name;

    @Column(name = "val", length = 1000)
    private String value;

    protected SettingEntity() {
        // for JPA
    }

    public SettingEntity(String name, String value) {
        this.name = name;
        this.value = value;
    }
}

package org.atriumcrm.core.store.internal.clients;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** A phone as the user typed it, next to its E.164 form that search matches on. */
@Embeddable
public class PhoneEntry {

    @Column(name = "number", length = 64, nullable = false)
    private String number;

    @Column(name = "e164", length = 20, nullable = false)
    private String e164;

    protected PhoneEntry() {
        // for JPA
    }

    PhoneEntry(String number, String e164) {
        this.number = number;
        this.e164 = e164;
    }

    String number() {
        return number;
    }

    String e164() {
        return e164;
    }
}

package org.atriumcrm.core.store.internal.clients;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import org.atriumcrm.core.api.Address;

/** Storage form of {@link Address}. */
@Embeddable
public class AddressEntry {

    @Column(name = "street", length = 300)
    private String street;

    @Column(name = "city", length = 100)
    private String city;

    @Column(name = "region", length = 100)
    private String region;

    @Column(name = "postal_code", length = 20)
    private String postalCode;

    @Column(name = "country", length = 2)
    private String country;

    protected AddressEntry() {
        // for JPA
    }

    AddressEntry(Address address) {
        this.street = address.street();
        this.city = address.city();
        this.region = address.region();
        this.postalCode = address.postalCode();
        this.country = address.country();
    }
}

package org.atriumcrm.core.quality.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.atriumcrm.core.api.Address;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.api.ClientKind;
import org.atriumcrm.core.api.ContactPerson;
import org.atriumcrm.core.api.LegalEntity;

/** Client drafts for tests, with only the fields data quality reads. */
final class Drafts {

    private final ClientKind kind;
    private final String name;
    private final List<String> phones = new ArrayList<>();
    private final List<String> emails = new ArrayList<>();
    private final List<Address> addresses = new ArrayList<>();
    private final List<ContactPerson> contacts = new ArrayList<>();
    private final List<LegalEntity> legalEntities = new ArrayList<>();
    private final Map<String, Object> customFields = new HashMap<>();

    private Drafts(ClientKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    static Drafts org(String name) {
        return new Drafts(ClientKind.ORGANIZATION, name);
    }

    static Drafts person(String name) {
        return new Drafts(ClientKind.PERSON, name);
    }

    Drafts phones(String... values) {
        phones.addAll(List.of(values));
        return this;
    }

    Drafts emails(String... values) {
        emails.addAll(List.of(values));
        return this;
    }

    Drafts website(String website) {
        customFields.put("website", website);
        return this;
    }

    Drafts city(String city, String country) {
        addresses.add(new Address(null, city, null, null, country));
        return this;
    }

    Drafts contact(String contactName, List<String> contactPhones, List<String> contactEmails) {
        contacts.add(new ContactPerson(null, contactName, null, contactPhones, contactEmails, null, null));
        return this;
    }

    /** A legal entity with the given requisites; any may be null. */
    Drafts entity(String entityName, String country, String inn, String ogrn, String taxId, String vat) {
        legalEntities.add(new LegalEntity(null, entityName, country, inn, null, ogrn, taxId, vat, null, null));
        return this;
    }

    Drafts entity(LegalEntity entity) {
        legalEntities.add(entity);
        return this;
    }

    Drafts inn(String inn) {
        return entity(null, "RU", inn, null, null, null);
    }

    ClientDraft build() {
        return new ClientDraft(kind, name, phones, emails, addresses, null, null, null, null, null, null, null, null, contacts,
                legalEntities, customFields);
    }
}

package org.atriumcrm.core.store.internal.clients;

import org.atriumcrm.core.api.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.atriumcrm.core.api.ContactPerson;
import org.atriumcrm.core.store.internal.search.SearchKeys;
import org.atriumcrm.core.store.internal.support.FieldChecks;

/** The contact persons of a client draft; their names, phones and e-mails also find the client. */
final class ContactChecks {

    static final int CONTACTS_MAX = 100;

    private final ChannelChecks channels;

    ContactChecks(ChannelChecks channels) {
        this.channels = channels;
    }

    /** @param country the client's country, which contacts' phones are read in first; or {@code null} */
    List<NormalizedContact> contacts(FieldChecks checks, List<ContactPerson> typed, String country, Set<String> keys) {
        List<NormalizedContact> contacts = new ArrayList<>();
        if (!checks.withinSize("contacts", typed, CONTACTS_MAX)) {
            return contacts;
        }
        for (int i = 0; i < typed.size(); i++) {
            String field = "contacts[" + i + "]";
            ContactPerson contact = typed.get(i);
            if (contact == null) {
                checks.add(field, FieldError.EMPTY, "is empty");
                continue;
            }
            String name = checks.required(field + ".name", contact.name(), 200);
            if (name != null) {
                keys.addAll(SearchKeys.ofName(name));
            }
            LocalDate birthday = contact.birthday();
            if (birthday != null && birthday.isAfter(LocalDate.now())) {
                checks.add(field + ".birthday", "in_future", "is in the future");
            }
            contacts.add(new NormalizedContact(FieldChecks.trimmed(contact.id()), name,
                    checks.text(field + ".position", contact.position(), 100),
                    channels.phones(checks, field + ".phones", contact.phones(), country, keys),
                    channels.emails(checks, field + ".emails", contact.emails(), keys),
                    birthday,
                    checks.text(field + ".notes", contact.notes(), 2000)));
        }
        return contacts;
    }
}

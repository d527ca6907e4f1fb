package org.atriumcrm.core.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A person to talk to at a client.
 *
 * @param id       {@code null} for a new contact; the id of an existing one to keep it when the
 *                 client is replaced (activities refer to contacts by id)
 * @param position role or job title, e.g. "buyer", "director"
 */
public record ContactPerson(
        String id,
        String name,
        String position,
        List<String> phones,
        List<String> emails,
        LocalDate birthday,
        String notes) {

    public ContactPerson {
        phones = Lists.copyOrEmpty(phones);
        emails = Lists.copyOrEmpty(emails);
    }
}

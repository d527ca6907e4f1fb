package org.atriumcrm.core.store.internal.clients;

import java.time.LocalDate;
import java.util.List;

/** A contact person that passed validation, with its phones normalised. */
record NormalizedContact(String id, String name, String position, List<PhoneEntry> phones, List<String> emails,
                         LocalDate birthday, String notes) {
}

package org.atriumcrm.core.api;

import java.time.LocalDate;

/**
 * A date a client carries: a contact's birthday, or a value of one of its DATE custom fields.
 *
 * @param contactId the contact whose birthday it is; {@code null} for a custom field
 */
public record ClientDate(String clientId, String contactId, LocalDate date) {
}

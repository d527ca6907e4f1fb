package org.atriumcrm.core.quality;

/** Kinds of bad data found in a client. */
public enum QualityIssueType {
    /** An e-mail address typed into a phone field. */
    EMAIL_IN_PHONE_FIELD,
    /** A phone number typed into an e-mail field. */
    PHONE_IN_EMAIL_FIELD,
    /** Several phones or e-mails typed into one field. */
    SEVERAL_VALUES_IN_ONE_FIELD,
    /** A phone that is not a valid number of its region. */
    INVALID_PHONE,
    /** An e-mail address that cannot be delivered to, or with a misspelt provider. */
    INVALID_EMAIL,
    /** A tax id whose check digit does not match its other digits. */
    WRONG_CHECKSUM,
    /** A tax id of the wrong length or characters. */
    INVALID_TAX_ID,
    /** A valid tax id of another kind, e.g. an OGRN in the INN field. */
    TAX_ID_IN_WRONG_FIELD,
    /** A name written in capitals only. */
    ALL_CAPS_NAME
}

package org.atriumcrm.core.quality.internal;

/**
 * The verdict on one tax id.
 *
 * @param kind      what the value was read as: INN, OGRN, OGRNIP, KPP, DNI, NIE, NIF, CIF, VAT
 * @param value     the compact value: upper case, without spaces, dots and dashes
 * @param status    valid, wrong check digit, or not even the right form
 * @param corrected for a wrong check digit, the value with the check digit its other digits give
 *                  (to compare with the documents, not to apply blindly); otherwise {@code null}
 */
record TaxIdCheck(String kind, String value, Status status, String corrected) {

    enum Status { VALID, WRONG_CHECKSUM, BAD_FORMAT }

    static TaxIdCheck valid(String kind, String value) {
        return new TaxIdCheck(kind, value, Status.VALID, null);
    }

    static TaxIdCheck wrongChecksum(String kind, String value, String corrected) {
        return new TaxIdCheck(kind, value, Status.WRONG_CHECKSUM, corrected);
    }

    static TaxIdCheck badFormat(String kind, String value) {
        return new TaxIdCheck(kind, value, Status.BAD_FORMAT, null);
    }

    boolean isValid() {
        return status == Status.VALID;
    }

    /** Upper case without spaces, dots, dashes and slashes: "77 01-234.567" → 7701234567. */
    static String compact(String value) {
        StringBuilder compact = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isWhitespace(c) && c != '.' && c != '-' && c != '/' && c != '\u00a0') {
                compact.append(Character.toUpperCase(c));
            }
        }
        return compact.toString();
    }

    static boolean allDigits(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static int digit(String value, int index) {
        return value.charAt(index) - '0';
    }
}

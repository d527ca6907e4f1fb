package org.atriumcrm.core.security.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashesTest {

    /** Few iterations keep the test quick; the scheme is the same at any work factor. */
    private static final int ITERATIONS = 1_000;

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String hash = PasswordHashes.hash("correct horse battery".toCharArray(), ITERATIONS);
        assertTrue(PasswordHashes.matches("correct horse battery".toCharArray(), hash));
        assertFalse(PasswordHashes.matches("correct horse batterY".toCharArray(), hash));
        assertFalse(PasswordHashes.matches(new char[0], hash));
    }

    @Test
    void eachHashHasItsOwnSaltAndNamesItsWorkFactor() {
        String first = PasswordHashes.hash("same password".toCharArray(), ITERATIONS);
        String second = PasswordHashes.hash("same password".toCharArray(), ITERATIONS);
        assertNotEquals(first, second);
        assertTrue(first.startsWith("pbkdf2-sha256$1000$"), first);
        assertTrue(PasswordHashes.matches("same password".toCharArray(), second));
    }

    @Test
    void aMalformedStoredHashMatchesNothing() {
        assertFalse(PasswordHashes.matches("x".toCharArray(), "plain-text-password"));
        assertFalse(PasswordHashes.matches("x".toCharArray(), "pbkdf2-sha256$notanumber$AAAA$AAAA"));
        assertFalse(PasswordHashes.matches("x".toCharArray(), "md5$1$AAAA$AAAA"));
    }
}

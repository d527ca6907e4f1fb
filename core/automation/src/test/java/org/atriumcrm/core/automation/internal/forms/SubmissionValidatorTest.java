package org.atriumcrm.core.automation.internal.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.atriumcrm.core.api.ContentTooLargeException;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.ValidationException;
import org.junit.jupiter.api.Test;

class SubmissionValidatorTest {

    private static final WebForm FORM = new WebForm("f1", "Contact us", List.of(
            new FormField("fullName", "Name", "name", true), new FormField("email", "E-mail", "email", false),
            new FormField("tel", "Phone", "phone", false), new FormField("lang", "Language", "language", false),
            new FormField("note", "Message", "message", false), new FormField("budget", "Budget", "customFields.budget", false)),
            new Consent("I agree", true), "Thanks", List.of("https://www.example.com"), "u1", "en", true, 1,
            Instant.EPOCH, Instant.EPOCH);

    private static List<String> fieldsNamed(ValidationException refused) {
        return refused.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void valuesGoWhereTheirFieldsSay() {
        Lead lead = SubmissionValidator.check(FORM, Map.of("fullName", " Ana Ruiz ", "email", "ana@example.com", "lang", "ES",
                "note", "Call me after 5", "budget", "1000", "consent", "yes", "submit", "Send"));
        assertEquals("Ana Ruiz", lead.name());
        assertEquals("ana@example.com", lead.email());
        assertNull(lead.phone());
        assertEquals("es", lead.language());
        assertEquals("Call me after 5", lead.message());
        assertEquals(Map.of("budget", "1000"), lead.customFields());
        assertTrue(lead.consentGiven());
        assertEquals(List.of("Name", "E-mail", "Language", "Message", "Budget"), List.copyOf(lead.shown().keySet()));
    }

    @Test
    void theFormsLanguageWhenThePersonSendsNone() {
        Lead lead = SubmissionValidator.check(FORM, Map.of("fullName", "Ana", "tel", "+34 600 123 456", "consent", "on"));
        assertEquals("en", lead.language());
    }

    @Test
    void everyBadInputIsNamedAsThePageNamedIt() {
        ValidationException refused = assertThrows(ValidationException.class, () -> SubmissionValidator.check(FORM,
                Map.of("email", "not an address", "tel", "12", "lang", "de", "note", "x".repeat(5001))));
        assertEquals(List.of("fullName", "email", "tel", "lang", "note", "consent"), fieldsNamed(refused));
    }

    @Test
    void anEmailOrAPhoneIsNeeded() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> SubmissionValidator.check(FORM, Map.of("fullName", "Ana", "consent", "yes")));
        assertEquals(List.of("email"), fieldsNamed(refused));
    }

    @Test
    void theHoneypotTellsARobot() {
        assertTrue(SubmissionValidator.robot(Map.of(SubmissionValidator.HONEYPOT, "http://spam.example")));
        assertFalse(SubmissionValidator.robot(Map.of(SubmissionValidator.HONEYPOT, "")));
        assertFalse(SubmissionValidator.robot(Map.of()));
    }

    @Test
    void bodiesAreReadAsFormEncodingOrJsonWithinTheirLimit() {
        Map<String, String> form = SubmissionBody.read(stream("fullName=Ana+Ruiz&email=ana%40example.com&consent"),
                "application/x-www-form-urlencoded; charset=UTF-8", 1024);
        assertEquals(Map.of("fullName", "Ana Ruiz", "email", "ana@example.com", "consent", ""), form);
        assertEquals(Map.of("fullName", "Ana", "consent", "true"),
                SubmissionBody.read(stream("{\"fullName\":\"Ana\",\"consent\":true,\"x\":null}"), "application/json", 1024));
        assertThrows(ContentTooLargeException.class, () -> SubmissionBody.read(stream("a=" + "x".repeat(2000)),
                SubmissionBody.FORM, 1024));
        ValidationException nested = assertThrows(ValidationException.class,
                () -> SubmissionBody.read(stream("{\"fullName\":{\"first\":\"Ana\"}}"), "application/json", 1024));
        assertEquals(List.of("fullName"), fieldsNamed(nested));
        assertFalse(SubmissionBody.readable("text/plain"));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}

package org.atriumcrm.core.automation.internal.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.ValidationException;
import org.junit.jupiter.api.Test;

class FormValidatorTest {

    private static final List<FormField> FIELDS = List.of(new FormField("fullName", "Name", "name", true),
            new FormField("email", "E-mail", "email", true), new FormField("budget", "Budget", "customFields.budget", false));

    private static FormRequest request(List<FormField> fields, List<String> origins, String manager, String language) {
        return new FormRequest(" Contact us ", fields, new Consent("I agree to be contacted", true), null, origins, manager,
                language, null);
    }

    private static List<String> fieldsNamed(ValidationException refused) {
        return refused.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aGoodFormIsTrimmedWithItsOriginsNormalised() {
        FormRequest checked = FormValidator.check(request(FIELDS, List.of("HTTPS://WWW.Example.com/", "http://localhost:8080"),
                "u1", "es"), Set.of("budget"), "u1"::equals);
        assertEquals("Contact us", checked.name());
        assertEquals(List.of("https://www.example.com", "http://localhost:8080"), checked.allowedOrigins());
        assertEquals(FormValidator.DEFAULT_THANK_YOU, checked.thankYouText());
        assertTrue(checked.isEnabled());
    }

    @Test
    void everyMistakeIsNamedAtOnce() {
        List<FormField> fields = List.of(new FormField("1st", "Name", "name", true), new FormField("email", "", "email", true),
                new FormField("email", "Again", "email", false), new FormField("budget", "Budget", "customFields.nope", false),
                new FormField("homepage", "Trap", "phone", false));
        ValidationException refused = assertThrows(ValidationException.class, () -> FormValidator.check(
                request(fields, List.of("https://example.com/contact", "ftp://example.com"), "ghost", "de"), Set.of("budget"),
                "u1"::equals));
        assertEquals(List.of("fields[0].name", "fields[1].label", "fields[2].name", "fields[2].target", "fields[3].target",
                "fields[4].name", "allowedOrigins[0]", "allowedOrigins[1]", "responsibleManagerId", "language"),
                fieldsNamed(refused));
    }

    @Test
    void aFormNeedsAWayToReachThePerson() {
        ValidationException refused = assertThrows(ValidationException.class, () -> FormValidator.check(
                request(List.of(new FormField("fullName", "Name", "name", true)), List.of(), null, null), Set.of(), id -> true));
        assertEquals(List.of("fields"), fieldsNamed(refused));
    }

    @Test
    void aConsentNeedsItsText() {
        FormRequest request = new FormRequest("Form", FIELDS.subList(0, 2), new Consent(" ", false), null, null, null, null, false);
        ValidationException refused = assertThrows(ValidationException.class,
                () -> FormValidator.check(request, Set.of(), id -> true));
        assertEquals(List.of("consent.text"), fieldsNamed(refused));
    }

    @Test
    void originsAreSchemeHostAndPortOnly() {
        assertEquals("https://shop.example.com:8443", FormValidator.origin("https://Shop.Example.com:8443"));
        assertNull(FormValidator.origin("https://user@example.com"));
        assertNull(FormValidator.origin("https://example.com/?q=1"));
        assertNull(FormValidator.origin("example.com"));
        assertNull(FormValidator.origin("null"));
    }
}

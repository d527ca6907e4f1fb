package org.atriumcrm.core.mail.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.mail.internal.delivery.Delivery;
import org.atriumcrm.core.mail.internal.delivery.DeliveryStatus;
import org.junit.jupiter.api.Test;

class DeliveryResourceTest {

    private static Delivery of(String channel) {
        Instant at = Instant.parse("2026-12-02T10:15:30.123456Z");
        return new Delivery("d1", "c1", channel, "a@example.com", "Hi", "en", DeliveryStatus.SENT, null, null, at, at);
    }

    @Test
    void aCursorKeepsTheTimeToTheMicrosecondAndTheId() {
        List<FieldError> errors = new ArrayList<>();
        DeliveryResource.Cursor cursor = DeliveryResource.Cursor.parse("2026-12-02T10:15:30.123456Z_8a80-1", errors);
        assertEquals(Instant.parse("2026-12-02T10:15:30.123456Z"), cursor.at());
        assertEquals("8a80-1", cursor.id());
        assertTrue(errors.isEmpty());
        assertNull(DeliveryResource.Cursor.parse(" ", errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void aCursorThatIsNotOneIsReportedOnAfter() {
        for (String bad : List.of("yesterday_x", "2026-12-02T10:15:30Z_", "_x", "12345")) {
            List<FieldError> errors = new ArrayList<>();
            assertNull(DeliveryResource.Cursor.parse(bad, errors));
            assertEquals("after", errors.get(0).field(), bad);
        }
    }

    @Test
    void theAddressGoesWhenTheRoleHidesWhereItCameFrom() {
        assertTrue(DeliveryResource.addressHidden(of("email"), Set.of("emails")));
        assertTrue(DeliveryResource.addressHidden(of("email"), Set.of("contacts.emails")));
        assertTrue(DeliveryResource.addressHidden(of("sms"), Set.of("contacts")));
        assertTrue(DeliveryResource.addressHidden(of("sms"), Set.of("phones")));
        assertFalse(DeliveryResource.addressHidden(of("email"), Set.of("phones", "legalEntities.inn")));
        assertFalse(DeliveryResource.addressHidden(of("sms"), Set.of()));
    }
}

package org.atriumcrm.core.automation.internal.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.ValidationException;
import org.junit.jupiter.api.Test;

class WebhookValidatorTest {

    private static List<String> fields(WebhookRequest request, boolean allowHttp) {
        ValidationException refused = assertThrows(ValidationException.class, () -> WebhookValidator.check(request, allowHttp));
        return refused.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void anHttpsAddressWithKnownEventsIsTakenWithoutRepeats() {
        WebhookRequest checked = WebhookValidator.check(new WebhookRequest(" ERP ", "https://erp.example.com/hooks/atrium",
                List.of("client.created", "task.deleted", "client.created"), null), false);
        assertEquals("ERP", checked.name());
        assertEquals(List.of("client.created", "task.deleted"), checked.events());
        assertEquals(true, checked.enabled());
    }

    @Test
    void plainHttpOnlyWhenAllowed() {
        WebhookRequest http = new WebhookRequest("Intranet", "http://10.0.0.5:8080/in", List.of(), false);
        assertEquals(List.of("url"), fields(http, false));
        assertEquals("http://10.0.0.5:8080/in", WebhookValidator.check(http, true).url());
    }

    @Test
    void otherSchemesUserInfoAndNonsenseAreRefusedNamingTheUrl() {
        for (String url : List.of("ftp://example.com/x", "file:///etc/passwd", "https://user:pw@example.com/", "https:///nohost",
                "not a url", "", "javascript:alert(1)")) {
            assertEquals(List.of("url"), fields(new WebhookRequest("x", url, List.of(), true), true), url);
        }
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        assertEquals(List.of("name", "url", "events[1]"),
                fields(new WebhookRequest(" ", "gopher://x", List.of("client.created", "client.teleported"), true), false));
    }
}

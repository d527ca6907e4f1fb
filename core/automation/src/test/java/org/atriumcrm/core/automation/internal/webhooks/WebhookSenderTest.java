package org.atriumcrm.core.automation.internal.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;

import org.junit.jupiter.api.Test;

class WebhookSenderTest {

    @Test
    void aFailureWithoutMessageIsExplainedByItsCause() {
        ConnectException refused = new ConnectException();
        refused.initCause(new ConnectException("Connection refused"));
        assertEquals("Connection refused", WebhookSender.message(refused));
    }

    @Test
    void aFailureWithoutAnyMessageIsNamed() {
        assertEquals("ConnectException", WebhookSender.message(new ConnectException()));
    }
}

package org.atriumcrm.core.automation.internal.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsTimeAndBodyWithHmacSha256AsRfc4231Says() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookSignature.hmac("Jefe", "what do ya want for nothing?"));
        assertEquals("t=1700000000,v1=" + WebhookSignature.hmac("whsec_k", "1700000000.{\"a\":1}"),
                WebhookSignature.header("whsec_k", 1700000000L, "{\"a\":1}"));
    }

    @Test
    void anotherTimeOrBodyGivesAnotherSignature() {
        String signed = WebhookSignature.hmac("whsec_k", "1700000000.{\"a\":1}");
        assertNotEquals(signed, WebhookSignature.hmac("whsec_k", "1700000001.{\"a\":1}"));
        assertNotEquals(signed, WebhookSignature.hmac("whsec_k", "1700000000.{\"a\":2}"));
        assertNotEquals(signed, WebhookSignature.hmac("whsec_other", "1700000000.{\"a\":1}"));
    }
}

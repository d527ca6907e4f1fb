package org.atriumcrm.core.mail.internal.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SmsRequestsTest {

    private static final String TEXT = "Hola \"amigos\" & co\n¿qué tal?";

    @Test
    void aJsonBodyEscapesEachValueAsAJsonString() {
        SmsRequests requests = new SmsRequests("application/json", "{\"to\":\"{{to}}\",\"text\":\"{{text}}\",\"from\":\"{{from}}\"}");
        assertEquals("{\"to\":\"+79217654321\",\"text\":\"Hola \\\"amigos\\\" & co\\n¿qué tal?\",\"from\":\"Atrium\"}",
                requests.body("+79217654321", "Atrium", TEXT));
    }

    @Test
    void aFormBodyEncodesEachValueForTheForm() {
        SmsRequests requests = new SmsRequests("application/x-www-form-urlencoded; charset=UTF-8", "to={{to}}&msg={{text}}");
        assertEquals("to=%2B79217654321&msg=Hola+%22amigos%22+%26+co%0A%C2%BFqu%C3%A9+tal%3F", requests.body("+79217654321", "Atrium", TEXT));
    }

    @Test
    void anyOtherBodyTakesTheValuesAsTheyAre() {
        assertEquals("+1 " + TEXT, new SmsRequests("text/plain", "{{to}} {{text}}").body("+1", "Atrium", TEXT));
    }
}

package org.atriumcrm.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

class BaseActionTypeTest {

    private static final ParameterSpec TEXT = new ParameterSpec("text", UiContribution.Label.of("Text", "Texto", "Текст"),
            ParameterSpec.Type.TEXT, true);
    private static final ParameterSpec DELAY = new ParameterSpec("delay", UiContribution.Label.of("Delay", "Demora", "Задержка"),
            ParameterSpec.Type.DAYS, false);

    private final BaseActionType sendSms = new BaseActionType("telephony.send-sms", UiContribution.Label.of("Send SMS", "Enviar SMS", "Отправить SMS"),
            TEXT, DELAY) {
        @Override
        protected String run(String clientId, Map<String, String> arguments) {
            return "sent '" + arguments.get("text") + "' to " + clientId;
        }
    };

    @Test
    void runsWithItsRequiredArguments() {
        assertEquals("sent 'Hello' to c1", sendSms.perform("c1", Map.of("text", "Hello")));
    }

    @Test
    void refusesAMissingOrBlankRequiredArgument() {
        assertEquals("text is required",
                assertThrows(IllegalArgumentException.class, () -> sendSms.perform("c1", Map.of("delay", "2"))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> sendSms.perform("c1", Map.of("text", "  ")));
    }

    @Test
    void aLabelNeedsEnglishAndFallsBackToIt() {
        assertThrows(IllegalArgumentException.class, () -> new UiContribution.Label(Map.of("ru", "Текст")));
        assertEquals("Text", TEXT.label().in("de"));
        assertEquals("Texto", TEXT.label().in("es"));
    }
}

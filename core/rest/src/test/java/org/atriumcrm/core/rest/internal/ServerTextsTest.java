package org.atriumcrm.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ServerTextsTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale ES = Locale.forLanguageTag("es");

    private final ServerTexts texts = new ServerTexts();

    @Test
    void russianPluralsFollowTheNumber() {
        assertEquals("длиннее 200 символов", texts.text("too_long", Map.of("max", 200), RU, "is longer than 200 characters"));
        assertEquals("длиннее 21 символа", texts.text("too_long", Map.of("max", 21), RU, "is longer than 21 characters"));
        assertEquals("tiene más de 1 carácter", texts.text("too_long", Map.of("max", 1), ES, "is longer than 1 characters"));
    }

    @Test
    void statusValuesAreNamedInTheLanguage() {
        assertEquals("Статус: Лид → Активный",
                texts.text("timeline.status-change", Map.of("from", "LEAD", "to", "ACTIVE"), RU, "Status LEAD → ACTIVE"));
        assertEquals("Estado: Potencial", texts.text("timeline.status-set", Map.of("to", "LEAD"), ES, "Status LEAD"));
    }

    @Test
    void englishAndUnknownCodesKeepTheSendersText() {
        assertEquals("is required", texts.text("required", Map.of(), Locale.ENGLISH, "is required"));
        assertEquals("says no", texts.text("invalid", Map.of(), RU, "says no"));
        assertEquals("says no", texts.text("fitness.unknown", Map.of(), RU, "says no"));
    }

    @Test
    void aPatternWithoutItsArgumentsKeepsTheEnglish() {
        assertEquals("is longer than 200 characters", texts.text("too_long", Map.of("max", "many"), RU,
                "is longer than 200 characters"));
    }

    @Test
    void theRequestedLanguageIsTheFirstAtriumSpeaks() {
        assertEquals(RU, RequestLanguage.of(List.of(Locale.FRENCH, Locale.forLanguageTag("ru-RU"), Locale.ENGLISH)));
        assertEquals(Locale.ENGLISH, RequestLanguage.of(List.of(Locale.forLanguageTag("de"))));
        assertEquals(Locale.ENGLISH, RequestLanguage.of(List.of()));
    }
}

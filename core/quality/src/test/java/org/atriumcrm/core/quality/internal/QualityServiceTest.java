package org.atriumcrm.core.quality.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.atriumcrm.core.quality.MatchKey;
import org.junit.jupiter.api.Test;

class QualityServiceTest {

    @Test
    void aNewConfigurationChangesHowPhonesAreRead() {
        QualityService service = new QualityService(QualitySettingsTest.configuration("ES", "", "", 0.85, 0.45));
        assertTrue(service.keysOf(Drafts.org("Pérez").phones("912 345 678").build()).contains(new MatchKey("PHONE", "+34912345678")));

        service.configure(QualitySettingsTest.configuration("RU", "812", "", 0.85, 0.45));
        assertTrue(service.keysOf(Drafts.org("Альфа").phones("123-45-67").build()).contains(new MatchKey("PHONE", "+78121234567")));
    }
}

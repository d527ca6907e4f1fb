package org.atriumcrm.core.quality.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.util.Set;

import org.junit.jupiter.api.Test;

class QualitySettingsTest {

    @Test
    void theConfigurationIsReadAndCleaned() {
        QualitySettings settings = QualitySettings.from(configuration(" es ", "(91)", "Corp-Mail.example, other.example", 0.9, 0.5));
        assertEquals("ES", settings.defaultRegion());
        assertEquals("91", settings.defaultAreaCode());
        assertEquals(Set.of("corp-mail.example", "other.example"), settings.extraPublicMailDomains());
    }

    @Test
    void defaultsAreRussiaWithoutAreaCode() {
        QualitySettings settings = QualitySettings.defaults();
        assertEquals("RU", settings.defaultRegion());
        assertEquals("", settings.defaultAreaCode());
        assertEquals(MatchRules.STRONG, settings.strongThreshold());
    }

    @Test
    void anUnknownRegionOrThresholdsOutOfOrderAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> QualitySettings.of("XX", ""));
        assertThrows(IllegalArgumentException.class, () -> new QualitySettings("RU", "", Set.of(), 0.5, 0.8));
        assertThrows(IllegalArgumentException.class, () -> new QualitySettings("RU", "", Set.of(), 1.5, 0.8));
    }

    static QualityConfiguration configuration(String region, String areaCode, String publicDomains, double strong, double possible) {
        return new QualityConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return QualityConfiguration.class;
            }

            @Override
            public String phone_default_region() {
                return region;
            }

            @Override
            public String phone_default_area_code() {
                return areaCode;
            }

            @Override
            public String mail_public_domains() {
                return publicDomains;
            }

            @Override
            public double match_strong_threshold() {
                return strong;
            }

            @Override
            public double match_possible_threshold() {
                return possible;
            }
        };
    }
}

package org.atriumcrm.core.quality.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * The configuration, checked: the default phone region and area code, extra public mail domains
 * and the two decision thresholds.
 */
record QualitySettings(String defaultRegion, String defaultAreaCode, Set<String> extraPublicMailDomains,
        double strongThreshold, double possibleThreshold) {

    static final String DEFAULT_REGION = "RU";

    QualitySettings {
        defaultRegion = defaultRegion == null || defaultRegion.isBlank() ? DEFAULT_REGION : defaultRegion.strip().toUpperCase(Locale.ROOT);
        if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(defaultRegion)) {
            throw new IllegalArgumentException("phone.default.region " + defaultRegion + " is not an ISO 3166 region libphonenumber knows");
        }
        defaultAreaCode = defaultAreaCode == null ? "" : defaultAreaCode.replaceAll("\\D", "");
        extraPublicMailDomains = Set.copyOf(extraPublicMailDomains);
        if (!(possibleThreshold > 0 && possibleThreshold < strongThreshold && strongThreshold <= 1)) {
            throw new IllegalArgumentException("match thresholds must satisfy 0 < possible < strong <= 1, not possible="
                    + possibleThreshold + " strong=" + strongThreshold);
        }
    }

    /** Defaults: phones of Russia without an area code, the built-in mail providers and thresholds. */
    static QualitySettings defaults() {
        return new QualitySettings(DEFAULT_REGION, "", Set.of(), MatchRules.STRONG, MatchRules.POSSIBLE);
    }

    static QualitySettings of(String region, String areaCode) {
        return new QualitySettings(region, areaCode, Set.of(), MatchRules.STRONG, MatchRules.POSSIBLE);
    }

    static QualitySettings from(QualityConfiguration configuration) {
        Set<String> extra = Arrays.stream(configuration.mail_public_domains().split(","))
                .map(domain -> domain.strip().toLowerCase(Locale.ROOT))
                .filter(domain -> !domain.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        return new QualitySettings(configuration.phone_default_region(), configuration.phone_default_area_code(), extra,
                configuration.match_strong_threshold(), configuration.match_possible_threshold());
    }
}

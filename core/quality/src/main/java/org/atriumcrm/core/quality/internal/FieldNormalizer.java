package org.atriumcrm.core.quality.internal;

import java.util.Optional;
import java.util.Set;

import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.quality.Normalizer;

/** {@link Normalizer} on the phone reading and web domains that match keys use, so the two never differ. */
public final class FieldNormalizer implements Normalizer {

    private final PhoneNormalizer phones;
    private final WebDomains domains;

    FieldNormalizer(PhoneNormalizer phones, WebDomains domains) {
        this.phones = phones;
        this.domains = domains;
    }

    /** Outside OSGi: see {@link Normalizer#of}. */
    public static Normalizer of(String defaultRegion, String defaultAreaCode) {
        QualitySettings settings = QualitySettings.of(defaultRegion, defaultAreaCode);
        return new FieldNormalizer(new PhoneNormalizer(settings.defaultRegion(), settings.defaultAreaCode()), new WebDomains(Set.of()));
    }

    @Override
    public Optional<String> phone(String typed, String country) {
        return phones.toE164(typed, country);
    }

    @Override
    public String countryOf(ClientDraft draft) {
        return MatchKeyExtractor.regionOf(draft);
    }

    @Override
    public Optional<String> website(String typed) {
        return WebAddresses.normalise(typed);
    }

    @Override
    public Optional<String> websiteDomain(String website) {
        return domains.fromWebsite(website);
    }

    @Override
    public String defaultRegion() {
        return phones.defaultRegion();
    }
}

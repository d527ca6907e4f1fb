package org.atriumcrm.core.quality;

import java.util.Optional;

import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.quality.internal.FieldNormalizer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * How core reads phones and websites, the one way it stores, searches and matches them by. Phones
 * are read in the client's country first, then in the default region {@code phone.default.region}
 * (local numbers there get {@code phone.default.area.code}); both are set once, in the configuration
 * {@value #CONFIGURATION_PID}. Tax ids need no configuration: {@link TaxIds}.
 */
@ProviderType
public interface Normalizer {

    /** The configuration whose {@code phone.default.region} and {@code phone.default.area.code} the service reads. */
    String CONFIGURATION_PID = "org.atriumcrm.core";

    /**
     * A phone typed in any format ("8 (812) 123-45-67", "0034 667 017 194", "tel:+34…") in E.164.
     *
     * @param country the client's country (ISO 3166, see {@link #countryOf}), or {@code null}
     * @return the first reading that is a valid number, else the first that is a whole possible one:
     *         in {@code country}, in the default region, with the default area code, after the
     *         international prefix 00 or 810; empty when no reading is
     */
    Optional<String> phone(String typed, String country);

    /** The country a client's phones are read in first: that of its first address with a known one, else of its first legal entity; {@code null} for none. */
    String countryOf(ClientDraft draft);

    /** A website typed as a URL or a bare domain, as stored ({@code https://alfa-stroy.ru}); empty when it is none. */
    Optional<String> website(String typed);

    /**
     * The domain a website identifies the client by, its match and search key: without {@code www.}
     * and the like, a page on a shared host with its path ({@code vk.com/alfa}); empty for a shared
     * host's own pages or text that is no website.
     */
    Optional<String> websiteDomain(String website);

    /** The region of phones without a country code, as configured. */
    String defaultRegion();

    /** A normaliser outside OSGi (tools, tests), with the given default region and area code (empty for none). */
    static Normalizer of(String defaultRegion, String defaultAreaCode) {
        return FieldNormalizer.of(defaultRegion, defaultAreaCode);
    }
}

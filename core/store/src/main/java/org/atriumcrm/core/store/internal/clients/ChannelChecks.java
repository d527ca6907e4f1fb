package org.atriumcrm.core.store.internal.clients;

import org.atriumcrm.core.api.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.atriumcrm.core.quality.Normalizer;

import org.atriumcrm.core.store.internal.search.SearchKeys;
import org.atriumcrm.core.store.internal.support.FieldChecks;

/**
 * Phones and e-mails, of a client or of a contact person, and the client's websites: checked,
 * normalised by core/quality's {@link Normalizer} (the reading matching uses), deduplicated, keyed.
 */
final class ChannelChecks {

    static final int PHONE_MAX = 64;
    static final int EMAIL_MAX = 254;
    static final int LIST_MAX = 20;
    static final int WEBSITE_MAX = 500;

    /** Deliberately loose: one @, no spaces, a dot in the domain. Mail delivery is the real test. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

    private final Normalizer normalizer;

    ChannelChecks(Normalizer normalizer) {
        this.normalizer = normalizer;
    }

    /**
     * @param field   the list's path, e.g. {@code phones} or {@code contacts[0].phones}
     * @param country the client's country, which numbers are read in before the default region; or {@code null}
     */
    List<PhoneEntry> phones(FieldChecks checks, String field, List<String> typed, String country, Set<String> keys) {
        List<PhoneEntry> entries = new ArrayList<>();
        if (!checks.withinSize(field, typed, LIST_MAX)) {
            return entries;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < typed.size(); i++) {
            String path = field + "[" + i + "]";
            String number = checks.text(path, typed.get(i), PHONE_MAX);
            if (number == null) {
                checks.add(path, FieldError.EMPTY, "is empty");
            } else if (number.contains("@")) {
                checks.add(path, "email_in_phone", "looks like an e-mail address: put it under emails");
            } else if (number.length() <= PHONE_MAX) {
                Optional<String> e164 = normalizer.phone(number, country);
                if (e164.isEmpty()) {
                    checks.add(path, "invalid_phone", "is not a valid phone number");
                } else if (seen.add(e164.get())) {
                    entries.add(new PhoneEntry(number, e164.get()));
                    keys.add(SearchKeys.phone(e164.get()));
                }
            }
        }
        return entries;
    }

    /** Websites as URLs ({@code https://alfa.ru}), each domain a search key ({@code d:alfa.ru}). */
    List<String> websites(FieldChecks checks, String field, List<String> typed, Set<String> keys) {
        List<String> websites = new ArrayList<>();
        if (!checks.withinSize(field, typed, LIST_MAX)) {
            return websites;
        }
        for (int i = 0; i < typed.size(); i++) {
            String path = field + "[" + i + "]";
            String text = checks.text(path, typed.get(i), WEBSITE_MAX);
            if (text == null) {
                checks.add(path, FieldError.EMPTY, "is empty");
                continue;
            }
            Optional<String> website = normalizer.website(text);
            if (website.isEmpty()) {
                checks.add(path, "invalid_website", "is not a website: give a web address such as https://example.com or a domain such as example.com");
            } else if (!websites.contains(website.get())) {
                websites.add(website.get());
                normalizer.websiteDomain(website.get()).ifPresent(domain -> keys.add(SearchKeys.domain(domain)));
            }
        }
        return websites;
    }

    List<String> emails(FieldChecks checks, String field, List<String> typed, Set<String> keys) {
        List<String> emails = new ArrayList<>();
        if (!checks.withinSize(field, typed, LIST_MAX)) {
            return emails;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < typed.size(); i++) {
            String path = field + "[" + i + "]";
            String email = checks.text(path, typed.get(i), EMAIL_MAX);
            if (email == null) {
                checks.add(path, FieldError.EMPTY, "is empty");
            } else if (!EMAIL.matcher(email).matches()) {
                checks.add(path, "invalid_email", "is not a valid e-mail address");
            } else if (email.length() <= EMAIL_MAX && seen.add(SearchKeys.email(email))) {
                emails.add(email);
                keys.add(SearchKeys.email(email));
            }
        }
        return emails;
    }
}

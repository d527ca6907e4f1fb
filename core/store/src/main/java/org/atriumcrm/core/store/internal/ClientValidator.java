package org.atriumcrm.core.store.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.atriumcrm.core.api.Address;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.ValidationException;

/**
 * Checks a whole client draft at once and reports every bad field, named as the client sent it
 * ({@code phones[1]}), so a form can mark them all. Accepted values come back trimmed, with
 * phones normalised and search keys derived.
 */
final class ClientValidator {

    static final int NAME_MAX = 300;
    static final int PHONE_MAX = 64;
    static final int EMAIL_MAX = 254;
    static final int SOURCE_MAX = 100;
    static final int TAG_MAX = 60;
    static final int TAGS_MAX = 50;
    static final int MANAGER_ID_MAX = 64;
    static final int LIST_MAX = 20;

    /** Deliberately loose: one @, no spaces, a dot in the domain. Mail delivery is the real test. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");

    private final PhoneNormalizer phones;

    ClientValidator(PhoneNormalizer phones) {
        this.phones = phones;
    }

    NormalizedClient validate(ClientDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.kind() == null) {
            errors.add(new FieldError("kind", "is required: ORGANIZATION or PERSON"));
        }
        String name = text(draft.name());
        if (name == null) {
            errors.add(new FieldError("name", "is required"));
        } else {
            maxLength(errors, "name", name, NAME_MAX);
        }
        Set<String> searchKeys = new LinkedHashSet<>();
        List<PhoneEntry> phoneEntries = phoneEntries(draft.phones(), errors, searchKeys);
        List<String> emails = emails(draft.emails(), errors, searchKeys);
        List<Address> addresses = addresses(draft.addresses(), errors);
        String source = text(draft.source());
        maxLength(errors, "source", source, SOURCE_MAX);
        List<String> tags = tags(draft.tags(), errors);
        String manager = text(draft.responsibleManagerId());
        maxLength(errors, "responsibleManagerId", manager, MANAGER_ID_MAX);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        TextFolding.words(name).forEach(word -> searchKeys.add(SearchKeys.nameWord(word)));
        LifecycleStatus status = draft.status() == null ? LifecycleStatus.LEAD : draft.status();
        return new NormalizedClient(draft.kind(), name, limit(TextFolding.sortKey(name), NAME_MAX),
                phoneEntries, emails, addresses, status, source, tags, manager, Set.copyOf(searchKeys));
    }

    private List<PhoneEntry> phoneEntries(List<String> typed, List<FieldError> errors, Set<String> keys) {
        List<PhoneEntry> entries = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (!withinListLimit(errors, "phones", typed)) {
            return entries;
        }
        for (int i = 0; i < typed.size(); i++) {
            String field = "phones[" + i + "]";
            String number = text(typed.get(i));
            if (number == null) {
                errors.add(new FieldError(field, "is empty"));
            } else if (number.length() > PHONE_MAX) {
                errors.add(new FieldError(field, "is longer than " + PHONE_MAX + " characters"));
            } else if (number.contains("@")) {
                errors.add(new FieldError(field, "looks like an e-mail address: put it under emails"));
            } else {
                Optional<String> e164 = phones.toE164(number);
                if (e164.isEmpty()) {
                    errors.add(new FieldError(field, "is not a valid phone number"));
                } else if (seen.add(e164.get())) {
                    entries.add(new PhoneEntry(number, e164.get()));
                    keys.add(SearchKeys.phone(e164.get()));
                }
            }
        }
        return entries;
    }

    private List<String> emails(List<String> typed, List<FieldError> errors, Set<String> keys) {
        List<String> emails = new ArrayList<>();
        if (!withinListLimit(errors, "emails", typed)) {
            return emails;
        }
        for (int i = 0; i < typed.size(); i++) {
            String field = "emails[" + i + "]";
            String email = text(typed.get(i));
            if (email == null) {
                errors.add(new FieldError(field, "is empty"));
            } else if (email.length() > EMAIL_MAX) {
                errors.add(new FieldError(field, "is longer than " + EMAIL_MAX + " characters"));
            } else if (!EMAIL.matcher(email).matches()) {
                errors.add(new FieldError(field, "is not a valid e-mail address"));
            } else if (keys.add(SearchKeys.email(email))) {
                emails.add(email);
            }
        }
        return emails;
    }

    private List<Address> addresses(List<Address> typed, List<FieldError> errors) {
        List<Address> addresses = new ArrayList<>();
        if (!withinListLimit(errors, "addresses", typed)) {
            return addresses;
        }
        for (int i = 0; i < typed.size(); i++) {
            String field = "addresses[" + i + "]";
            Address address = typed.get(i);
            if (address == null) {
                errors.add(new FieldError(field, "is empty"));
                continue;
            }
            String country = text(address.country());
            country = country == null ? null : country.toUpperCase(Locale.ROOT);
            if (country != null && !COUNTRY.matcher(country).matches()) {
                errors.add(new FieldError(field + ".country", "must be a two-letter ISO 3166 code such as RU or ES"));
            }
            Address trimmed = new Address(text(address.street()), text(address.city()), text(address.region()),
                    text(address.postalCode()), country);
            maxLength(errors, field + ".street", trimmed.street(), 300);
            maxLength(errors, field + ".city", trimmed.city(), 100);
            maxLength(errors, field + ".region", trimmed.region(), 100);
            maxLength(errors, field + ".postalCode", trimmed.postalCode(), 20);
            addresses.add(trimmed);
        }
        return addresses;
    }

    private static List<String> tags(List<String> typed, List<FieldError> errors) {
        Set<String> folded = new LinkedHashSet<>();
        List<String> tags = new ArrayList<>();
        if (typed.size() > TAGS_MAX) {
            errors.add(new FieldError("tags", "has more than " + TAGS_MAX + " entries"));
            return tags;
        }
        for (int i = 0; i < typed.size(); i++) {
            String tag = text(typed.get(i));
            if (tag == null) {
                errors.add(new FieldError("tags[" + i + "]", "is empty"));
            } else if (tag.length() > TAG_MAX) {
                errors.add(new FieldError("tags[" + i + "]", "is longer than " + TAG_MAX + " characters"));
            } else if (folded.add(TextFolding.fold(tag))) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private static boolean withinListLimit(List<FieldError> errors, String field, List<?> values) {
        if (values.size() > LIST_MAX) {
            errors.add(new FieldError(field, "has more than " + LIST_MAX + " entries"));
            return false;
        }
        return true;
    }

    private static void maxLength(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "is longer than " + max + " characters"));
        }
    }

    /** Trimmed text, or {@code null} when there is none. */
    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String limit(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}

package org.atriumcrm.core.store.internal.clients;

import org.atriumcrm.core.api.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.atriumcrm.core.api.Address;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.LegalEntity;
import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.quality.Normalizer;
import org.atriumcrm.core.store.internal.fields.CustomValues;
import org.atriumcrm.core.store.internal.search.SearchKeys;
import org.atriumcrm.core.store.internal.support.FieldChecks;
import org.atriumcrm.core.store.internal.support.TextFolding;

/**
 * Checks a whole client draft at once and reports every bad field, named as the client sent it
 * ({@code phones[1]}, {@code legalEntities[1].inn}), so a form can mark them all. Accepted values
 * come back trimmed, with phones normalised and search keys derived.
 */
final class ClientValidator {

    static final int NAME_MAX = 300;
    static final int SHORT_TEXT_MAX = 100;
    static final int TAG_MAX = 60;
    static final int TAGS_MAX = 50;
    static final int MANAGER_ID_MAX = 64;

    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");

    private final Normalizer normalizer;
    private final ChannelChecks channels;
    private final ContactChecks contacts;

    ClientValidator(Normalizer normalizer) {
        this.normalizer = normalizer;
        this.channels = new ChannelChecks(normalizer);
        this.contacts = new ContactChecks(channels);
    }

    /** @param customFields the custom fields defined for clients */
    NormalizedClient validate(ClientDraft draft, List<CustomField> customFields) {
        FieldChecks checks = new FieldChecks();
        if (draft.kind() == null) {
            checks.add("kind", FieldError.REQUIRED, "is required: ORGANIZATION or PERSON");
        }
        String name = checks.required("name", draft.name(), NAME_MAX);
        Set<String> keys = new LinkedHashSet<>();
        // phones are read in the client's country (of its address, else of its legal entity) first
        String country = normalizer.countryOf(draft);
        List<PhoneEntry> phones = channels.phones(checks, "phones", draft.phones(), country, keys);
        List<String> emails = channels.emails(checks, "emails", draft.emails(), keys);
        List<String> websites = channels.websites(checks, "websites", draft.websites(), keys);
        List<Address> addresses = addresses(checks, draft.addresses());
        String source = checks.text("source", draft.source(), SHORT_TEXT_MAX);
        String clientType = checks.text("clientType", draft.clientType(), 60);
        String sector = checks.text("sector", draft.sector(), SHORT_TEXT_MAX);
        String geography = checks.text("geography", draft.geography(), SHORT_TEXT_MAX);
        List<String> tags = tags(checks, draft.tags(), keys);
        String manager = checks.text("responsibleManagerId", draft.responsibleManagerId(), MANAGER_ID_MAX);
        List<NormalizedContact> contactList = contacts.contacts(checks, draft.contacts(), country, keys);
        List<LegalEntity> legalEntities = LegalEntityChecks.legalEntities(checks, draft.legalEntities(), keys);
        Map<String, List<String>> customValues = CustomValues.check(checks, draft.customFields(), customFields, RecordKind.CLIENT);
        checks.throwIfAny();
        keys.addAll(SearchKeys.ofName(name));
        customValues.forEach((key, values) -> values.forEach(value -> keys.add(SearchKeys.customValue(key, value))));
        LifecycleStatus status = draft.status() == null ? LifecycleStatus.LEAD : draft.status();
        return new NormalizedClient(draft.kind(), name, limit(TextFolding.sortKey(name), NAME_MAX),
                phones, emails, websites, addresses, status, source, clientType, sector, draft.purchasePotential(), geography,
                tags, manager, contactList, legalEntities, customValues, Set.copyOf(keys));
    }

    private static List<Address> addresses(FieldChecks checks, List<Address> typed) {
        List<Address> addresses = new ArrayList<>();
        if (!checks.withinSize("addresses", typed, ChannelChecks.LIST_MAX)) {
            return addresses;
        }
        for (int i = 0; i < typed.size(); i++) {
            String field = "addresses[" + i + "]";
            Address address = typed.get(i);
            if (address == null) {
                checks.add(field, FieldError.EMPTY, "is empty");
                continue;
            }
            addresses.add(new Address(
                    checks.text(field + ".street", address.street(), 300),
                    checks.text(field + ".city", address.city(), 100),
                    checks.text(field + ".region", address.region(), 100),
                    checks.text(field + ".postalCode", address.postalCode(), 20),
                    country(checks, field + ".country", address.country())));
        }
        return addresses;
    }

    /** An ISO 3166 alpha-2 code, upper-cased, or {@code null}. */
    static String country(FieldChecks checks, String field, String value) {
        String country = FieldChecks.trimmed(value);
        if (country == null) {
            return null;
        }
        country = country.toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(country).matches()) {
            checks.add(field, "invalid_country", "must be a two-letter ISO 3166 code such as RU or ES");
        }
        return country;
    }

    private static List<String> tags(FieldChecks checks, List<String> typed, Set<String> keys) {
        List<String> tags = new ArrayList<>();
        if (!checks.withinSize("tags", typed, TAGS_MAX)) {
            return tags;
        }
        Set<String> folded = new LinkedHashSet<>();
        for (int i = 0; i < typed.size(); i++) {
            String tag = checks.text("tags[" + i + "]", typed.get(i), TAG_MAX);
            if (tag == null) {
                checks.add("tags[" + i + "]", FieldError.EMPTY, "is empty");
            } else if (tag.length() <= TAG_MAX && folded.add(TextFolding.fold(tag))) {
                tags.add(tag);
                keys.add(SearchKeys.tag(tag));
            }
        }
        return tags;
    }

    private static String limit(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}

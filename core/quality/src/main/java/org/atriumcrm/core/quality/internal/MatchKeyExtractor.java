package org.atriumcrm.core.quality.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.atriumcrm.core.api.Address;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.api.ClientKind;
import org.atriumcrm.core.api.ContactPerson;
import org.atriumcrm.core.api.LegalEntity;
import org.atriumcrm.core.quality.MatchKey;
import org.atriumcrm.core.quality.MatchKeyTypes;

/**
 * The match keys of a client: valid tax ids, E.164 phones and canonical e-mails of the client and
 * its contacts, company domains from the website and from non-public e-mail domains, the folded
 * names of the client and its legal entities with their word and sound keys, cities and kind.
 */
final class MatchKeyExtractor {

    /** Custom fields that held a client's website before it had a field of its own; still read for older data. */
    static final Set<String> WEBSITE_FIELDS = Set.of("website", "web", "site", "url", "homepage", "www", "sitio web", "сайт");

    /** Words too common in firm names to find candidates by; they still count in name similarity. */
    private static final List<String> COMMON_WORDS = List.of("group", "grupo", "группа", "холдинг", "holding", "company",
            "компания", "compania", "trade", "трейд", "торг", "торговый", "торговая", "comercial", "commercial", "строй",
            "строительная", "stroy", "construcciones", "construction", "service", "services", "сервис", "servicios",
            "consulting", "консалтинг", "systems", "системы", "sistemas", "technologies", "технологии", "tecnologias", "tech",
            "тех", "solutions", "soluciones", "international", "internacional", "center", "centre", "центр", "centro",
            "studio", "студия", "estudio", "rus", "русь", "россия", "russia", "plus", "плюс", "pro", "профи", "industries",
            "industrial", "индустрия", "logistics", "логистика", "logistica", "transport", "транспорт", "transportes", "media",
            "медиа", "design", "дизайн", "agency", "агентство", "agencia", "bank", "банк", "banco", "market", "маркет",
            "partners", "партнеры", "asociados", "associates", "hermanos", "brothers", "firm", "фирма", "дом", "house", "тд",
            "invest", "инвест", "inversiones", "management", "gestion", "energy", "энерго", "auto", "авто", "medical",
            "клиника", "clinica", "clinic", "spb", "msk", "ltd", "the");

    private final NameFolder names;
    private final CityNames cities;
    private final PhoneNormalizer phones;
    private final WebDomains domains;
    private final Set<String> commonTokens;

    MatchKeyExtractor(NameFolder names, CityNames cities, PhoneNormalizer phones, WebDomains domains) {
        this.names = names;
        this.cities = cities;
        this.phones = phones;
        this.domains = domains;
        Set<String> common = new HashSet<>();
        for (String word : COMMON_WORDS) {
            common.addAll(names.foldPlain(word).tokens());
        }
        this.commonTokens = Set.copyOf(common);
    }

    SortedSet<MatchKey> keysOf(ClientDraft draft) {
        SortedSet<MatchKey> keys = new TreeSet<>();
        if (draft.kind() != null) {
            keys.add(new MatchKey(MatchKeyTypes.KIND, draft.kind().name()));
        }
        String region = regionOf(draft);
        boolean person = draft.kind() == ClientKind.PERSON;
        if (draft.name() != null && names.isPersonal(draft.name())) {
            keys.add(new MatchKey(MatchKeyTypes.KIND, ClientKind.PERSON.name())); // a sole trader's name is a person's
            person = true;
        }
        nameKeys(draft.name(), person, keys);
        contactKeys(draft.phones(), draft.emails(), region, keys);
        for (ContactPerson contact : draft.contacts()) {
            contactKeys(contact.phones(), contact.emails(), region, keys);
        }
        List<String> websites = new ArrayList<>(draft.websites());
        websites.addAll(websites(draft.customFields()));
        for (String website : websites) {
            domains.fromWebsite(website).ifPresent(domain -> keys.add(new MatchKey(MatchKeyTypes.DOMAIN, domain)));
        }
        for (LegalEntity entity : draft.legalEntities()) {
            nameKeys(entity.name(), entity.name() != null && names.isPersonal(entity.name()), keys);
            taxIdKeys(entity, keys);
        }
        for (Address address : draft.addresses()) {
            cities.key(address.city()).ifPresent(city -> keys.add(new MatchKey(MatchKeyTypes.CITY, city)));
        }
        return keys;
    }

    /** The folded name; empty when the name has no letters or digits. */
    Optional<FoldedName> folded(String name, boolean person) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        FoldedName folded = names.fold(name, person);
        return folded.isEmpty() ? Optional.empty() : Optional.of(folded);
    }

    private void nameKeys(String name, boolean person, Set<MatchKey> keys) {
        Optional<FoldedName> folded = folded(name, person);
        if (folded.isEmpty()) {
            return;
        }
        keys.add(new MatchKey(MatchKeyTypes.NAME, folded.get().key()));
        String sound = SoundKey.of(folded.get().compact());
        if (sound.length() >= 2) {
            keys.add(new MatchKey(MatchKeyTypes.NAME_SOUND, sound));
        }
        for (String token : folded.get().tokens()) {
            if (token.length() >= 3 && !TaxIdCheck.allDigits(token) && !commonTokens.contains(token)) {
                keys.add(new MatchKey(MatchKeyTypes.NAME_TOKEN, token));
            }
        }
    }

    private void contactKeys(List<String> phoneList, List<String> emailList, String region, Set<MatchKey> keys) {
        for (String phone : phoneList) {
            for (String one : FieldValues.split(phone)) {
                phones.toE164(one, region).ifPresent(e164 -> keys.add(new MatchKey(MatchKeyTypes.PHONE, e164)));
            }
        }
        for (String email : emailList) {
            for (String one : FieldValues.split(email)) {
                EmailNormalizer.clean(one).ifPresent(clean -> {
                    EmailNormalizer.canonical(clean).ifPresent(canonical -> keys.add(new MatchKey(MatchKeyTypes.EMAIL, canonical)));
                    domains.fromEmail(clean).ifPresent(domain -> keys.add(new MatchKey(MatchKeyTypes.DOMAIN, domain)));
                });
            }
        }
    }

    private static void taxIdKeys(LegalEntity entity, Set<MatchKey> keys) {
        if (entity.inn() != null && !entity.inn().isBlank()) {
            valid(RussianTaxIds.inn(entity.inn())).ifPresent(inn -> keys.add(new MatchKey(MatchKeyTypes.INN, inn)));
        }
        if (entity.ogrn() != null && !entity.ogrn().isBlank()) {
            valid(RussianTaxIds.ogrn(entity.ogrn())).ifPresent(ogrn -> keys.add(new MatchKey(MatchKeyTypes.OGRN, ogrn)));
        }
        if (entity.taxId() != null && !entity.taxId().isBlank()) {
            anyTaxId(entity.taxId(), keys);
        }
        if (entity.vatNumber() != null && !entity.vatNumber().isBlank()) {
            anyTaxId(entity.vatNumber(), keys);
        }
    }

    /** A value of the free tax id fields, read as whatever valid id it is. */
    private static void anyTaxId(String value, Set<MatchKey> keys) {
        TaxIdCheck nif = SpanishTaxIds.nif(value);
        if (nif.isValid()) {
            keys.add(new MatchKey(MatchKeyTypes.NIF, nif.value()));
            return;
        }
        TaxIdCheck inn = RussianTaxIds.inn(value);
        if (inn.isValid()) {
            keys.add(new MatchKey(MatchKeyTypes.INN, inn.value()));
            return;
        }
        TaxIdCheck vat = VatNumbers.check(value);
        if (vat.isValid()) {
            keys.add(new MatchKey(MatchKeyTypes.VAT, vat.value()));
        }
    }

    private static Optional<String> valid(TaxIdCheck check) {
        return check.isValid() ? Optional.of(check.value()) : Optional.empty();
    }

    /** The client's country for phones typed without a country code: its first address's, else its first legal entity's. */
    static String regionOf(ClientDraft draft) {
        for (Address address : draft.addresses()) {
            if (address.country() != null && PhoneNormalizer.isKnownRegion(address.country().strip())) {
                return address.country().strip().toUpperCase(Locale.ROOT);
            }
        }
        for (LegalEntity entity : draft.legalEntities()) {
            if (entity.country() != null && PhoneNormalizer.isKnownRegion(entity.country().strip())) {
                return entity.country().strip().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** Website values among the custom fields, by the field names websites are kept under. */
    static List<String> websites(Map<String, Object> customFields) {
        List<String> websites = new ArrayList<>();
        for (Map.Entry<String, Object> field : customFields.entrySet()) {
            if (!WEBSITE_FIELDS.contains(field.getKey().strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Object value = field.getValue();
            if (value instanceof String text) {
                websites.addAll(FieldValues.split(text));
            } else if (value instanceof Collection<?> values) {
                for (Object one : values) {
                    if (one instanceof String text) {
                        websites.addAll(FieldValues.split(text));
                    }
                }
            }
        }
        return websites;
    }
}

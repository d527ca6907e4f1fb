package org.atriumcrm.core.quality;

import java.util.Set;

/** The key types core derives from a client. A module's own types are looked up and scored too. */
public final class MatchKeyTypes {

    /** Russian taxpayer number with a valid checksum, 10 or 12 digits. */
    public static final String INN = "INN";
    /** Russian state registration number with a valid checksum: OGRN (13 digits) or OGRNIP (15). */
    public static final String OGRN = "OGRN";
    /** Spanish NIF, NIE or CIF with a valid control character. */
    public static final String NIF = "NIF";
    /** EU VAT number with its country prefix, e.g. {@code DE136695976}. */
    public static final String VAT = "VAT";
    /** A phone in E.164. */
    public static final String PHONE = "PHONE";
    /** An e-mail address in canonical form (lower case, provider aliases folded). */
    public static final String EMAIL = "EMAIL";
    /** The registrable web domain of the client's website or of its company e-mail addresses. */
    public static final String DOMAIN = "DOMAIN";
    /** The folded name: legal forms and punctuation gone, transliterated, words sorted. */
    public static final String NAME = "NAME";
    /** One distinctive word of the folded name, to find names that share it. */
    public static final String NAME_TOKEN = "NAME_TOKEN";
    /** A sound code of the folded name, to find names with a typo or another transliteration. */
    public static final String NAME_SOUND = "NAME_SOUND";
    /** The folded city of an address; used in scoring only. */
    public static final String CITY = "CITY";
    /** {@code ORGANIZATION} or {@code PERSON}; used in scoring only. */
    public static final String KIND = "KIND";

    /** Tax identifiers: one in common means the same client, all different means different entities. */
    public static final Set<String> TAX_IDS = Set.of(INN, OGRN, NIF, VAT);

    /** Every type core derives; a module's own types are any others. */
    public static final Set<String> CORE = Set.of(INN, OGRN, NIF, VAT, PHONE, EMAIL, DOMAIN, NAME, NAME_TOKEN, NAME_SOUND,
            CITY, KIND);

    private static final Set<String> SCORING_ONLY = Set.of(CITY, KIND);

    private MatchKeyTypes() {
    }

    /** Whether keys of this type find candidates (every type but the scoring-only ones). */
    public static boolean isLookup(String type) {
        return !SCORING_ONLY.contains(type);
    }
}

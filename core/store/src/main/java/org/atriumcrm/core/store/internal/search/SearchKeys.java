package org.atriumcrm.core.store.internal.search;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.atriumcrm.core.api.security.FieldPaths;

import org.atriumcrm.core.store.internal.support.TextFolding;

/**
 * The strings stored in {@code atr_client_key}. A prefix says what a key is, so one index serves
 * name words, e-mails, phones, tax ids, website domains, tags and custom values: {@code n:альфа},
 * {@code e:ivan@example.com}, {@code p:+78121234567}, {@code t:7707083893}, {@code d:alfa-stroy.ru}, {@code g:vip},
 * {@code f:segment=retail}. Each row also holds the client's name key, the order of a search's page.
 */
public final class SearchKeys {

    static final String NAME_WORD = "n:";
    static final String EMAIL = "e:";
    static final String PHONE = "p:";
    static final String TAX_ID = "t:";
    static final String TAG = "g:";
    static final String DOMAIN = "d:";
    static final String CUSTOM_VALUE = "f:";
    static final int MAX_LENGTH = 300;

    /** The client fields each kind of key is made from; the keys do not say which of them a key came from. */
    private static final Map<String, List<String>> SOURCES = Map.of(
            NAME_WORD, List.of("name", "contacts.name"),
            EMAIL, List.of("emails", "contacts.emails"),
            PHONE, List.of("phones", "contacts.phones"),
            TAX_ID, List.of("legalEntities.inn", "legalEntities.ogrn", "legalEntities.taxId", "legalEntities.vatNumber"),
            TAG, List.of("tags"),
            DOMAIN, List.of("websites"));

    private SearchKeys() {
    }

    /**
     * The prefixes of the keys that would tell something of a hidden field: a kind of key is left
     * out when any field it is made from is hidden (a phone key may be a contact's phone).
     */
    static Set<String> madeFromAnyOf(Collection<String> hiddenFields) {
        return SOURCES.entrySet().stream()
                .filter(kind -> kind.getValue().stream().anyMatch(field -> FieldPaths.hides(hiddenFields, field)))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    public static String nameWord(String foldedWord) {
        return limit(NAME_WORD + foldedWord);
    }

    public static String email(String address) {
        return limit(EMAIL + address.strip().toLowerCase(Locale.ROOT));
    }

    public static String phone(String e164) {
        return PHONE + e164;
    }

    /** @param compact upper case, without separators */
    public static String taxId(String compact) {
        return limit(TAX_ID + compact);
    }

    /** @param domain a website's domain as core/quality gives it ({@code alfa.ru}, {@code vk.com/alfa}) */
    public static String domain(String domain) {
        return limit(DOMAIN + domain);
    }

    /** Tags match whatever their case and accents. */
    public static String tag(String tag) {
        return limit(TAG + TextFolding.fold(tag.strip()));
    }

    /**
     * A custom value, for lists filtered by it; never matched by free text. A long value is cut,
     * so the filter checks the value itself too.
     *
     * @param canonical the value as {@code CustomValues} stores it
     */
    public static String customValue(String fieldKey, String canonical) {
        return limit(CUSTOM_VALUE + fieldKey + "=" + canonical);
    }

    /** Whether a key is the whole of what it was made from, not cut to the column's length. */
    static boolean whole(String key) {
        return key.length() < MAX_LENGTH;
    }

    /** Drops the keys of a deleted custom field of clients, so that a new field of that key starts clean. */
    public static void forgetCustomField(EntityManager em, String fieldKey) {
        KeyRange range = KeyRange.of(SearchTerms.escape(customValue(fieldKey, "")) + "%");
        em.createNativeQuery("DELETE FROM atr_client_key WHERE " + range.condition("search_key", "?", "?"))
                .setParameter(1, range.low()).setParameter(2, range.high()).executeUpdate();
    }

    private static String limit(String key) {
        return key.length() <= MAX_LENGTH ? key : key.substring(0, MAX_LENGTH);
    }
}

package org.atriumcrm.core.store.internal.search;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.atriumcrm.core.api.security.FieldPaths;

import org.atriumcrm.core.store.internal.support.Queries;
import org.atriumcrm.core.store.internal.support.TextFolding;

/**
 * The strings stored in {@code atr_client_key}. A prefix says what a key is, so one index serves
 * name words, pairs of words of one name, e-mails, phones, tax ids, website domains, tags and custom
 * values: {@code n:альфа}, {@code m:альфа строй}, {@code e:ivan@example.com}, {@code p:+78121234567},
 * {@code t:7707083893}, {@code d:alfa-stroy.ru}, {@code g:vip}, {@code f:segment=retail}. Each row also holds the client's name key, the order of a search's page.
 */
public final class SearchKeys {

    static final String NAME_WORD = "n:";
    static final String NAME_PAIR = "m:";
    /** Pairs are made of a name's first words only, so that a long organisation name stays a few keys. */
    static final int PAIR_WORDS = 6;
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
            NAME_PAIR, List.of("name", "contacts.name"),
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

    /** The keys of one name (the client's, or one contact's): its words, and pairs of its words. */
    public static Set<String> ofName(String name) {
        List<String> words = TextFolding.words(name);
        Set<String> keys = new LinkedHashSet<>();
        words.forEach(word -> keys.add(nameWord(word)));
        keys.addAll(namePairs(words));
        return keys;
    }

    public static String nameWord(String foldedWord) {
        return limit(NAME_WORD + foldedWord);
    }

    /**
     * The pair keys of one name (the client's, or one contact's): {@code m:<a> <b>} for every
     * ordered pair of two of its first {@value #PAIR_WORDS} word positions, both orders, so a
     * two-word search is one range of the key index whichever order it is typed in. Words hold no
     * space, so the space ends the first word.
     *
     * @param foldedWords the name's words as {@code TextFolding.words} gives them
     */
    public static Set<String> namePairs(List<String> foldedWords) {
        List<String> words = foldedWords.subList(0, Math.min(PAIR_WORDS, foldedWords.size()));
        Set<String> pairs = new LinkedHashSet<>();
        for (int a = 0; a < words.size(); a++) {
            for (int b = 0; b < words.size(); b++) {
                if (a != b) {
                    pairs.add(namePair(words.get(a), words.get(b)));
                }
            }
        }
        return pairs;
    }

    static String namePair(String first, String second) {
        return limit(NAME_PAIR + first + " " + second);
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
        Query delete = em.createNativeQuery("DELETE FROM atr_client_key WHERE " + range.condition("search_key"));
        Queries.bind(delete, range.parameters());
        delete.executeUpdate();
    }

    private static String limit(String key) {
        return key.length() <= MAX_LENGTH ? key : key.substring(0, MAX_LENGTH);
    }
}

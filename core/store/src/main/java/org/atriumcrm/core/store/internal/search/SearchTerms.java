package org.atriumcrm.core.store.internal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.atriumcrm.core.quality.Normalizer;
import org.atriumcrm.core.store.internal.clients.LegalEntityChecks;
import org.atriumcrm.core.store.internal.support.TextFolding;

/**
 * What the free-text {@code q} of a client search asks for, as search-key conditions. Every term
 * must match (AND); a term matches when any of its key patterns does (OR). A pattern ending in
 * {@code %} is a prefix; others are exact; a wildcard before the end ({@code m:iva% smi%}) is
 * checked on each key of the range its literal start gives ({@link KeyRange}).
 */
public record SearchTerms(List<List<String>> terms) {

    private static final Pattern PHONE_LIKE = Pattern.compile("^\\+?[\\d\\s().\\-/]+$");
    private static final int PHONE_MIN_DIGITS = 5;
    private static final Pattern TAX_ID_LIKE = Pattern.compile("^[A-Z0-9]{8,15}$");

    static final SearchTerms ALL = new SearchTerms(List.of());
    /** A key no client has: what a search for an impossible phone number finds. */
    static final SearchTerms NOTHING = new SearchTerms(List.of(List.of(SearchKeys.PHONE)));

    /** @param normalizer reads a phone or a website in the query as the store keys them */
    public static SearchTerms parse(String text, Normalizer normalizer) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        String query = text.strip();
        if (query.contains("@")) {
            return of(List.of(List.of(escape(SearchKeys.email(query)) + "%")));
        }
        if (PHONE_LIKE.matcher(query).matches() && digits(query) >= PHONE_MIN_DIGITS) {
            // digits may be a phone or a tax id (an INN has 10 or 12 digits, like many phones)
            List<String> keys = new ArrayList<>();
            normalizer.phone(query, null).ifPresent(number -> keys.add(SearchKeys.phone(number)));
            taxIdKey(query).ifPresent(keys::add);
            return keys.isEmpty() ? NOTHING : of(List.of(keys));
        }
        List<String> words = TextFolding.words(query);
        if (words.isEmpty()) {
            return ALL;
        }
        List<List<String>> terms = new ArrayList<>();
        if (words.size() == 1) {
            // one word may also start an e-mail address ("ivanov" finds ivanov@mail.ru) or be a tax id
            List<String> keys = new ArrayList<>(List.of(SearchKeys.nameWord(words.get(0)) + "%",
                    escape(SearchKeys.email(words.get(0))) + "%"));
            taxIdKey(query).ifPresent(keys::add);
            terms.add(keys);
        } else {
            // the first two words are one term of pair keys (one name holds both); any others are checked word by word
            terms.add(new ArrayList<>(pairPatterns(words.get(0), words.get(1))));
            words.subList(2, words.size()).forEach(word -> terms.add(new ArrayList<>(List.of(SearchKeys.nameWord(word) + "%"))));
        }
        // a website or a domain finds its client, or the words do: (d ∨ w1) ∧ (d ∨ w2) is d ∨ (w1 ∧ w2)
        websiteDomain(query, normalizer).ifPresent(domain -> terms.forEach(term -> term.add(domain)));
        return of(terms.stream().map(List::copyOf).toList());
    }

    /**
     * Two words of one name, in the order a page lists them: the first typed word whole and the
     * second its prefix ("ivan smir"), then the other way round, then both words prefixes
     * ("iva smi"), checked on the pair keys of the first word's prefix. Each pair is stored in
     * both orders, so the last range finds a client whichever order its name has.
     */
    private static List<String> pairPatterns(String first, String second) {
        Set<String> patterns = new LinkedHashSet<>();
        patterns.add(escape(SearchKeys.namePair(first, second)) + "%");
        patterns.add(escape(SearchKeys.namePair(second, first)) + "%");
        patterns.add(escape(SearchKeys.NAME_PAIR + first) + "% " + escape(second) + "%");
        return List.copyOf(patterns);
    }

    private static Optional<String> websiteDomain(String query, Normalizer normalizer) {
        if (query.indexOf('.') < 0 || query.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        return normalizer.website(query).flatMap(normalizer::websiteDomain).map(domain -> escape(SearchKeys.domain(domain)));
    }

    /**
     * The terms of a search that must not match through these fields (those hidden from the
     * caller): their kinds of keys are left out, and a term left with no key matches nothing.
     */
    public static SearchTerms parse(String text, Normalizer normalizer, Set<String> hiddenFields) {
        SearchTerms terms = parse(text, normalizer);
        Set<String> unsearched = SearchKeys.madeFromAnyOf(hiddenFields);
        if (unsearched.isEmpty() || terms.terms().isEmpty()) {
            return terms;
        }
        List<List<String>> kept = new ArrayList<>();
        for (List<String> term : terms.terms()) {
            List<String> patterns = term.stream().filter(pattern -> unsearched.stream().noneMatch(pattern::startsWith)).toList();
            if (patterns.isEmpty()) {
                return NOTHING;
            }
            kept.add(patterns);
        }
        return of(kept);
    }

    private static Optional<String> taxIdKey(String query) {
        String compact = LegalEntityChecks.compact(query);
        return TAX_ID_LIKE.matcher(compact).matches() ? Optional.of(SearchKeys.taxId(compact)) : Optional.empty();
    }

    private static SearchTerms of(List<List<String>> terms) {
        return new SearchTerms(terms);
    }

    /** LIKE wildcards typed by the user are literal characters ({@code ESCAPE '\'}). */
    static String escape(String key) {
        return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static long digits(String text) {
        return text.chars().filter(Character::isDigit).count();
    }
}

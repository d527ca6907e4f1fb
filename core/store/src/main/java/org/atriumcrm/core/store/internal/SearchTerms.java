package org.atriumcrm.core.store.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the free-text {@code q} of a client search asks for, as search-key conditions. Every term
 * must match (AND); a term matches when any of its key patterns does (OR). A pattern ending in
 * {@code %} is a prefix; others are exact.
 */
record SearchTerms(List<List<String>> terms, boolean matchesNothing) {

    private static final Pattern PHONE_LIKE = Pattern.compile("^\\+?[\\d\\s().\\-/]+$");
    private static final int PHONE_MIN_DIGITS = 5;

    static final SearchTerms ALL = new SearchTerms(List.of(), false);
    static final SearchTerms NOTHING = new SearchTerms(List.of(), true);

    static SearchTerms parse(String text, PhoneNormalizer phones) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        String query = text.strip();
        if (query.contains("@")) {
            return of(List.of(List.of(escape(SearchKeys.email(query)) + "%")));
        }
        if (PHONE_LIKE.matcher(query).matches() && digits(query) >= PHONE_MIN_DIGITS) {
            Optional<String> e164 = phones.toE164(query);
            return e164.map(number -> of(List.of(List.of(SearchKeys.phone(number))))).orElse(NOTHING);
        }
        List<String> words = TextFolding.words(query);
        if (words.isEmpty()) {
            return ALL;
        }
        if (words.size() == 1) {
            // one word may also be the start of an e-mail address ("ivanov" finds ivanov@mail.ru)
            return of(List.of(List.of(SearchKeys.nameWord(words.get(0)) + "%",
                    escape(SearchKeys.email(words.get(0))) + "%")));
        }
        return of(words.stream().map(word -> List.of(SearchKeys.nameWord(word) + "%")).toList());
    }

    private static SearchTerms of(List<List<String>> terms) {
        return new SearchTerms(terms, false);
    }

    /** LIKE wildcards typed by the user are literal characters ({@code ESCAPE '\'}). */
    static String escape(String key) {
        return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static long digits(String text) {
        return text.chars().filter(Character::isDigit).count();
    }
}

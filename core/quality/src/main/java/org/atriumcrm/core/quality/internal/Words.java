package org.atriumcrm.core.quality.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into folded words in their own script: lower case, accents gone ("Peña" → pena,
 * "Ёлка" → елка, "й" stays a letter of its own), apostrophes joined ("O'Brien" → obrien, so the
 * soft sign a transliteration writes as an apostrophe disappears too), every other character
 * that is not a letter or digit — quotes «» "" '', dots, commas, dashes — a word break.
 */
final class Words {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** An apostrophe between two letters joins them; anywhere else it is a quote, so a break. */
    private static final Pattern APOSTROPHES = Pattern.compile("(?<=\\p{L})['\\u2019`\\u00b4\\u02b9\\u02bb\\u02bc](?=\\p{L})");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final char SHORT_I = 'й';
    private static final char SHORT_I_PLACEHOLDER = '\uE000';

    private Words() {
    }

    /** Lower case without accents; "й" is kept, "ё" becomes "е". */
    static String fold(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replace(SHORT_I, SHORT_I_PLACEHOLDER);
        String withoutMarks = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return Normalizer.normalize(withoutMarks, Normalizer.Form.NFC).replace(SHORT_I_PLACEHOLDER, SHORT_I);
    }

    /** The folded words of a text in order: «ООО "Альфа-Строй"» gives [ооо, альфа, строй]. */
    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String joined = APOSTROPHES.matcher(fold(text)).replaceAll("");
        for (String word : NOT_WORD.split(joined)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }
}

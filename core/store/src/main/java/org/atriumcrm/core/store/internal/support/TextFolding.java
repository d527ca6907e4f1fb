package org.atriumcrm.core.store.internal.support;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for matching: case, accents and punctuation do not count ("Peña" = "pena", "Ёлка" = "елка"). */
public final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** "й" is a letter of its own in Russian, not "и" with an accent: keep it through NFD. */
    private static final char SHORT_I = 'й';
    private static final char SHORT_I_PLACEHOLDER = '\uE000';

    private TextFolding() {
    }

    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace(SHORT_I, SHORT_I_PLACEHOLDER);
        String withoutMarks = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return withoutMarks.replace(SHORT_I_PLACEHOLDER, SHORT_I);
    }

    /** The folded words of a text, in order: «ООО "Альфа-Строй"» gives [ооо, альфа, строй]. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(fold(text))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** What a name is sorted by: its folded words joined by single spaces. */
    public static String sortKey(String name) {
        String key = String.join(" ", words(name));
        return key.isEmpty() ? fold(name).strip() : key;
    }
}

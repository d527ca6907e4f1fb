package org.atriumcrm.core.quality.internal;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

/**
 * Any script to plain ASCII Latin with ICU. Russian goes by BGN/PCGN ("Жуков" → zhukov,
 * "Юрий" → yuriy), the romanisation Russian firms and people use in English, so it meets the
 * Latin spellings users type; other scripts by ICU's Any-Latin; accents by Latin-ASCII.
 * <p>
 * The transliterator is built once: building it parses ICU's rules. Its rule-based steps run one
 * caller at a time (ICU locks their shared rule data), and the same words come back again and again
 * in names, so each word's ASCII form is remembered, up to {@value #REMEMBERED} words.
 */
final class Transliteration {

    private static final String RULES = "Russian-Latin/BGN; Any-Latin; Latin-ASCII";
    /** Words of names and cities remembered; past this the memory starts afresh. */
    static final int REMEMBERED = 50_000;

    private final Transliterator toLatin = Transliterator.getInstance(RULES);
    private final Map<String, String> remembered = new ConcurrentHashMap<>();

    /** A folded word in ASCII letters and digits: "альфа" → alfa, "peña" → pena. */
    String toAscii(String word) {
        if (Words.isAscii(word)) {
            return lettersAndDigits(word);
        }
        String ascii = remembered.get(word);
        if (ascii == null) {
            ascii = lettersAndDigits(toLatin.transliterate(word).toLowerCase(Locale.ROOT));
            if (remembered.size() >= REMEMBERED) {
                remembered.clear();
            }
            remembered.put(word, ascii);
        }
        return ascii;
    }

    private static String lettersAndDigits(String latin) {
        StringBuilder ascii = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                ascii.append(c);
            }
        }
        return ascii.toString();
    }
}

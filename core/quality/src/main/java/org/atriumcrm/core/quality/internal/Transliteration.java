package org.atriumcrm.core.quality.internal;

import java.util.Locale;

import com.ibm.icu.text.Transliterator;

/**
 * Any script to plain ASCII Latin with ICU. Russian goes by BGN/PCGN ("Жуков" → zhukov,
 * "Юрий" → yuriy), the romanisation Russian firms and people use in English, so it meets the
 * Latin spellings users type; other scripts by ICU's Any-Latin; accents by Latin-ASCII.
 * ICU's transliterators are stateless: one instance serves every thread.
 */
final class Transliteration {

    private static final String RULES = "Russian-Latin/BGN; Any-Latin; Latin-ASCII";

    private final Transliterator toLatin = Transliterator.getInstance(RULES);

    /** A folded word in ASCII letters and digits: "альфа" → alfa, "peña" → pena. */
    String toAscii(String word) {
        String latin = Words.isAscii(word) ? word : toLatin.transliterate(word).toLowerCase(Locale.ROOT);
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

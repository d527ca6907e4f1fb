package org.atriumcrm.core.quality.internal;

/**
 * A sound code of a folded name for candidate lookup, in the spirit of Soundex but over the whole
 * name and not cut to four characters: the first letter, then consonant classes with vowels
 * dropped and repeats merged. Names that differ in a vowel, a doubled letter or a b/p, d/t, s/z,
 * m/n — the usual typos and transliteration variants — share it.
 */
final class SoundKey {

    private SoundKey() {
    }

    /** The code of a compact folded name ("alfastroi" → a41236), or empty for an empty name. */
    static String of(String compactName) {
        if (compactName.isEmpty()) {
            return "";
        }
        StringBuilder code = new StringBuilder();
        code.append(compactName.charAt(0));
        char previous = classOf(compactName.charAt(0));
        for (int i = 1; i < compactName.length(); i++) {
            char c = compactName.charAt(i);
            char cls = classOf(c);
            if (cls == 'h') {
                continue; // h does not separate two equal classes, as in Soundex
            }
            if (cls != '0' && cls != previous) {
                code.append(cls);
            }
            previous = cls;
        }
        return code.toString();
    }

    private static char classOf(char c) {
        return switch (c) {
            case 'b', 'f', 'p', 'v' -> '1';
            case 'c', 'g', 'k', 's', 'z' -> '2';
            case 'd', 't' -> '3';
            case 'l' -> '4';
            case 'm', 'n' -> '5';
            case 'r' -> '6';
            case 'h' -> 'h';
            case 'a', 'e', 'i', 'o', 'u' -> '0';
            default -> Character.isDigit(c) ? c : '0';
        };
    }
}

package org.atriumcrm.core.quality.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names typed in capitals ("ООО «АЛЬФА-СТРОЙ»", "ИВАНОВ ИВАН") and their fix in title case
 * ("ООО «Альфа-Строй»", "Иванов Иван"): legal forms and initials stay as typed, conjunctions and
 * articles inside a name go lower case.
 */
final class NameCase {

    private static final Pattern LETTER_RUN = Pattern.compile("\\p{L}+");
    /** Fewer capital letters than this (acronyms such as IBM, KPMG) are not shouting. */
    private static final int MIN_LETTERS = 6;
    private static final Set<String> LOWER_INSIDE = Set.of("de", "del", "la", "las", "el", "los", "y", "e", "i", "and", "of", "the",
            "и", "на", "для", "by", "und", "et", "à", "da", "do", "dos");

    private final LegalForms legalForms;

    NameCase(LegalForms legalForms) {
        this.legalForms = legalForms;
    }

    /** Whether all letters outside legal forms and initials are capitals, with enough of them to read as words. */
    boolean allCaps(String name) {
        if (name == null) {
            return false;
        }
        int letters = 0;
        boolean longWord = false;
        Matcher run = LETTER_RUN.matcher(name);
        while (run.find()) {
            String word = run.group();
            if (keepAsTyped(word)) {
                continue;
            }
            for (int i = 0; i < word.length(); i++) {
                if (Character.isLowerCase(word.charAt(i))) {
                    return false;
                }
            }
            letters += word.length();
            longWord |= word.length() >= 4;
        }
        return letters >= MIN_LETTERS && longWord;
    }

    /** The name in title case. */
    String titleCase(String name) {
        StringBuilder fixed = new StringBuilder(name.length());
        Matcher run = LETTER_RUN.matcher(name);
        int last = 0;
        boolean first = true;
        while (run.find()) {
            fixed.append(name, last, run.start());
            String word = run.group();
            String lower = word.toLowerCase(Locale.ROOT);
            boolean afterApostrophe = run.start() > 0 && "'’".indexOf(name.charAt(run.start() - 1)) >= 0 && word.length() == 1;
            if (afterApostrophe || !first && LOWER_INSIDE.contains(lower)) {
                fixed.append(lower);
            } else if (keepAsTyped(word)) {
                fixed.append(word);
            } else {
                fixed.append(Character.toTitleCase(lower.charAt(0))).append(lower, 1, lower.length());
            }
            first = false;
            last = run.end();
        }
        fixed.append(name.substring(last));
        return fixed.toString();
    }

    private boolean keepAsTyped(String word) {
        return word.length() == 1 || legalForms.isForm(List.copyOf(Words.split(word)));
    }
}

package org.atriumcrm.core.quality.internal;

import java.util.regex.Pattern;

/**
 * Folds the spellings one name gets in Latin letters into one: transliterations of Russian
 * (Shchukin/Schukin, Mikhail/Mihail, Sergey/Sergei/Serguei, Yuriy/Yuri/Iurii, Sergeyev/Sergeev,
 * Alexey/Aleksei), and English and Spanish habits (Alpha/Alfa, Konsalting/Consulting,
 * double letters). Both sides of a comparison go through it, so a rule only ever makes two names
 * equal that a reader would take for one.
 */
final class LatinSkeleton {

    /** "c" sounds "k" unless it starts "ch" or stands before e or i. */
    private static final Pattern HARD_C = Pattern.compile("c(?![hei])");

    private LatinSkeleton() {
    }

    static String of(String word) {
        String s = word;
        s = s.replace("shch", "sh").replace("sch", "sh");
        s = s.replace("kh", "h").replace("ph", "f").replace("ck", "k").replace('q', 'k').replace('w', 'v').replace("x", "ks");
        s = HARD_C.matcher(s).replaceAll("k");
        s = s.replace("ye", "e").replace('y', 'i').replace('j', 'i');
        return collapseRuns(s);
    }

    private static String collapseRuns(String s) {
        StringBuilder out = new StringBuilder(s.length());
        char previous = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != previous || Character.isDigit(c)) {
                out.append(c);
            }
            previous = c;
        }
        return out.toString();
    }
}

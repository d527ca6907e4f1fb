package org.atriumcrm.core.quality.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How alike two folded names are, from 0 to 1, tolerant to a typo, to word order and to words run
 * together.
 * <p>
 * Why not Jaro-Winkler on the whole name: it rewards a shared beginning, and in firm names the
 * beginning is often the shared brand, so "alfa stroi" and "alfa treid" would score about 0.9.
 * Character trigrams punish one typo in a short name too hard. So names are compared word by word
 * with an edit distance that counts a typo (a letter inserted, dropped, changed, or two swapped) as
 * one edit, words are paired one to one, and the paired similarity is weighted by word length
 * (a Dice coefficient over letters): "alfa stroi" / "alfa stroy" 1.0 (the skeleton already folds
 * y), "alfa stroi" / "alfa stri" 0.89, "alfa stroi" / "alfa treid" 0.44. Words run together or
 * split ("brightstar" / "bright star") are joined before pairing.
 */
final class NameSimilarity {

    /** Two words below this are not paired at all. */
    static final double WORD_MATCH = 0.75;
    /** A name whose every word is in the other (a missing patronymic, "e Hijos") is this alike at most. */
    static final double CONTAINED = 0.9;
    /** Names whose numbers differ are at most this alike. */
    static final double DIFFERENT_NUMBERS = 0.5;
    /** An initial ("i") against a word it begins ("ivan"), for persons. */
    static final double INITIAL = 0.9;

    private NameSimilarity() {
    }

    /** @param persons whether the names are people's: then gender forms differ and initials count */
    static double of(FoldedName a, FoldedName b, boolean persons) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.key().equals(b.key()) || !persons && a.compact().equals(b.compact())) {
            return 1;
        }
        List<String> left = joinSplitWords(a.tokens(), b.tokens());
        List<String> right = joinSplitWords(b.tokens(), left);
        List<Pair> candidates = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            for (int j = 0; j < right.size(); j++) {
                double similarity = words(left.get(i), right.get(j), persons);
                if (similarity >= WORD_MATCH) {
                    candidates.add(new Pair(i, j, similarity, left.get(i).length() + right.get(j).length()));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Pair::similarity).thenComparingInt(Pair::letters).reversed());
        boolean[] leftUsed = new boolean[left.size()];
        boolean[] rightUsed = new boolean[right.size()];
        double matched = 0;
        int matchedLetters = 0;
        int pairs = 0;
        for (Pair pair : candidates) {
            if (!leftUsed[pair.left] && !rightUsed[pair.right]) {
                leftUsed[pair.left] = true;
                rightUsed[pair.right] = true;
                matched += pair.similarity * pair.letters;
                matchedLetters += pair.letters;
                pairs++;
            }
        }
        double dice = matched / (letters(left) + letters(right));
        double best = dice;
        if (pairs >= 2 && pairs == Math.min(left.size(), right.size())) {
            best = Math.max(best, CONTAINED * matched / matchedLetters);
        }
        if (!persons && left.size() != right.size()) {
            // words run together or split ("Oakridge" / "Oak Ridge"); with as many words on both sides
            // the word pairs say more, and one long shared word would hide a different short one
            best = Math.max(best, EditDistance.similarity(a.compact(), b.compact()));
        }
        if (!numbers(left).equals(numbers(right))) {
            best = Math.min(best, DIFFERENT_NUMBERS); // "Альфа-1" and "Альфа-2" are two firms
        }
        return best;
    }

    /** Similarity of two skeleton words. */
    static double words(String x, String y, boolean persons) {
        if (x.equals(y)) {
            return 1;
        }
        if (hasDigit(x) || hasDigit(y) || Math.max(x.length(), y.length()) <= 3) {
            return 0; // "Альфа-1" is not "Альфа-2"; a letter changed in a word of three makes another word
        }
        if (persons) {
            String shorter = x.length() <= y.length() ? x : y;
            String longer = shorter == x ? y : x;
            if (shorter.length() <= 2) {
                // an initial, transliterated: "Ю." gives iu, the start of iuri
                return longer.startsWith(shorter) ? INITIAL : 0;
            }
            if (otherGender(x, y) || otherGender(y, x)) {
                return 0;
            }
        }
        return EditDistance.similarity(x, y);
    }

    /**
     * The words of {@code words} with any two of them joined where {@code other} has them as one word
     * ("bright", "star" against "brightstar"; "oak", "ridge" against "oakridge"), as far as a typo.
     */
    static List<String> joinSplitWords(List<String> words, List<String> other) {
        if (words.size() < 2) {
            return words;
        }
        List<String> result = new ArrayList<>(words);
        for (String whole : other) {
            if (whole.length() < 6 || result.contains(whole)) {
                continue;
            }
            join:
            for (int i = 0; i < result.size(); i++) {
                for (int j = 0; j < result.size(); j++) {
                    String joined = result.get(i) + result.get(j);
                    if (i != j && whole.charAt(0) == joined.charAt(0) && EditDistance.similarity(whole, joined) >= 0.9) {
                        String first = result.get(i);
                        String second = result.get(j);
                        result.remove(first);
                        result.remove(second);
                        result.add(joined);
                        break join;
                    }
                }
            }
        }
        return result;
    }

    /** Petrov/Petrova, Aleksandr/Aleksandra, Podolski/Podolskaia, Tolstoi/Tolstaia. */
    private static boolean otherGender(String masculine, String feminine) {
        if (feminine.equals(masculine + "a")) {
            return true;
        }
        for (String[] endings : new String[][] {{"ski", "skaia"}, {"oi", "aia"}, {"ii", "aia"}, {"i", "aia"}}) {
            if (masculine.endsWith(endings[0]) && feminine.endsWith(endings[1])
                    && masculine.substring(0, masculine.length() - endings[0].length())
                            .equals(feminine.substring(0, feminine.length() - endings[1].length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> numbers(List<String> words) {
        return words.stream().filter(NameSimilarity::hasDigit).toList();
    }

    private static int letters(List<String> words) {
        int letters = 0;
        for (String word : words) {
            letters += word.length();
        }
        return letters;
    }

    private record Pair(int left, int right, double similarity, int letters) {
    }
}

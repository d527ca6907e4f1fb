package org.atriumcrm.core.quality.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Names to their {@link FoldedName}: words in their own script without case and accents, legal
 * forms and fillers removed wherever they stand, transliterated to ASCII, skeletonised and sorted.
 * «Альфа, ООО», ООО «Альфа» and "Alfa LLC" all give [alfa].
 */
final class NameFolder {

    private final LegalForms legalForms = new LegalForms();
    private final Transliteration transliteration = new Transliteration();
    private final Nicknames nicknames = new Nicknames(this::token);

    /** A firm's name; one with a sole trader's form ("ИП Петров") is folded as a person's. */
    FoldedName fold(String name) {
        return fold(name, false);
    }

    /** @param person whether the name is a person's: then short first names become full ones (Вася → vasilii) */
    FoldedName fold(String name, boolean person) {
        List<String> words = Words.split(name);
        List<String> tokens = asciiWords(legalForms.strip(words));
        if (person || legalForms.hasPersonalForm(words)) {
            tokens.replaceAll(nicknames::fullName);
        }
        return new FoldedName(tokens);
    }

    /** Whether the name carries a sole trader's form, so it is a person's name. */
    boolean isPersonal(String name) {
        return legalForms.hasPersonalForm(Words.split(name));
    }

    /** Folds without removing legal forms, for text that is not a firm's name (cities). */
    FoldedName foldPlain(String text) {
        return new FoldedName(asciiWords(Words.split(text)));
    }

    LegalForms legalForms() {
        return legalForms;
    }

    private List<String> asciiWords(List<String> words) {
        List<String> tokens = new ArrayList<>(words.size());
        for (String word : words) {
            String token = token(word);
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** One folded word as a token: ASCII skeleton. */
    private String token(String word) {
        List<String> folded = Words.split(word);
        String joined = String.join("", folded);
        return LatinSkeleton.of(transliteration.toAscii(joined));
    }
}

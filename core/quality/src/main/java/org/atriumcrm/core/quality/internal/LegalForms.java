package org.atriumcrm.core.quality.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Legal forms, filler words and titles that do not tell one firm from another, removed wherever they
 * stand: "ООО «Альфа»", "Альфа, ООО" and "Общество с ограниченной ответственностью Альфа" all
 * leave [альфа]; "Construcciones Pérez, S.L.U." leaves [construcciones, perez]. Forms are word
 * sequences, so "S.L." (the words s, l) is removed but a lone "s" is not.
 */
final class LegalForms {

    private static final List<String> FORMS = List.of(
            // Russia and neighbours, abbreviated and spelled out; Latin spellings of the common ones
            "ООО", "ОАО", "ЗАО", "АО", "ПАО", "НАО", "ИП", "ЧП", "НКО", "АНО", "ТОО", "ОДО", "ГУП", "МУП", "ФГУП", "ФГБУ", "ГБУ",
            "МБУ", "МАУ", "КФХ", "ТОВ", "ФОП", "OOO", "ZAO", "OAO", "PAO", "TOO",
            "Общество с ограниченной ответственностью", "Открытое акционерное общество", "Закрытое акционерное общество",
            "Публичное акционерное общество", "Непубличное акционерное общество", "Акционерное общество",
            "Индивидуальный предприниматель", "Некоммерческая организация", "Автономная некоммерческая организация",
            "Товарищество с ограниченной ответственностью", "Частное предприятие", "Производственный кооператив",
            "Крестьянское фермерское хозяйство", "Крестьянское (фермерское) хозяйство",
            // "trade house": a designation, not a legal form, but as little telling
            "Торговый дом", "ТД", "TD",
            // English-speaking countries
            "LLC", "L.L.C.", "Ltd", "Limited", "Inc", "Incorporated", "Corp", "Corporation", "Co", "Company", "PLC", "P.L.C.",
            "LLP", "L.L.P.", "LP", "L.P.", "Pty", "Limited Liability Company", "Public Limited Company",
            "Limited Liability Partnership",
            // Spain and Latin America
            "S.L.", "SL", "S.L.U.", "SLU", "S.A.", "SA", "S.A.U.", "SAU", "S.L.L.", "SLL", "S.L.N.E.", "SLNE", "S.Coop.",
            "S. Coop.", "S.Coop.And.", "Sociedad Cooperativa Andaluza", "Sdad. Coop.", "Soc. Coop.", "Sociedad Cooperativa", "Sociedad Limitada", "Sociedad Limitada Unipersonal",
            "Sociedad Limitada Laboral", "Sociedad Anónima", "Sociedad Anónima Unipersonal", "C.B.", "Comunidad de Bienes",
            "S.Com.", "S.C.P.", "SCP", "Cía", "Compañía", "Ltda", "Limitada", "S.A. de C.V.", "S. de R.L.",
            // rest of Europe
            "GmbH", "AG", "KG", "OHG", "UG", "e.V.", "B.V.", "BV", "N.V.", "NV", "S.A.S.", "SAS", "SARL", "S.à r.l.", "S.r.l.",
            "SRL", "S.p.A.", "SpA", "Oy", "AB", "ApS", "A/S");

    /** Forms of a person trading in their own name: such a firm's name is a person's name. */
    private static final List<String> PERSONAL_FORMS = List.of("ИП", "Индивидуальный предприниматель", "ФОП", "ЧП", "Sole trader",
            "Sole proprietor", "Autónomo", "Autónoma");

    /** Conjunctions, articles and titles of the three languages. */
    private static final Set<String> FILLERS = Set.of("and", "y", "и", "the", "of", "de", "del", "la", "el", "los", "las", "und", "et",
            "dr", "mr", "mrs", "ms", "sr", "sra", "srta");

    /** Abbreviations written out, so both spellings meet. */
    private static final Map<String, String> ABBREVIATIONS = Map.of("hnos", "hermanos", "hno", "hermano", "bros", "brothers",
            "intl", "international", "cons", "construcciones", "svc", "service", "mfg", "manufacturing");

    /** Forms by their first word, each list longest first. */
    private final Map<String, List<List<String>>> formsByFirstWord;
    private final List<List<String>> personalForms;

    LegalForms() {
        List<List<String>> folded = new ArrayList<>();
        for (String form : FORMS) {
            folded.add(List.copyOf(Words.split(form)));
        }
        List<List<String>> personal = new ArrayList<>();
        for (String form : PERSONAL_FORMS) {
            personal.add(List.copyOf(Words.split(form)));
            if (!folded.contains(personal.get(personal.size() - 1))) {
                folded.add(personal.get(personal.size() - 1));
            }
        }
        this.personalForms = List.copyOf(personal);
        // the longest first: "S.L.U." before "S.L."
        folded.sort(Comparator.comparingInt((List<String> form) -> form.size()).reversed());
        Map<String, List<List<String>>> byFirstWord = new HashMap<>();
        for (List<String> form : folded) {
            if (form.isEmpty()) {
                continue; // matches nothing
            }
            byFirstWord.computeIfAbsent(form.get(0), word -> new ArrayList<>()).add(form);
        }
        byFirstWord.replaceAll((word, list) -> List.copyOf(list));
        this.formsByFirstWord = Map.copyOf(byFirstWord);
    }

    /** The words without legal forms and fillers; the words unchanged if nothing else would be left. */
    List<String> strip(List<String> words) {
        List<String> kept = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            int length = formAt(words, i);
            if (length > 0) {
                i += length;
            } else {
                if (!FILLERS.contains(words.get(i))) {
                    kept.add(ABBREVIATIONS.getOrDefault(words.get(i), words.get(i)));
                }
                i++;
            }
        }
        return kept.isEmpty() ? words : kept;
    }

    /** Whether a sole trader's form stands anywhere among the words. */
    boolean hasPersonalForm(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            for (List<String> form : personalForms) {
                if (standsAt(form, words, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the words are a legal form and nothing else, e.g. [ооо]. */
    boolean isForm(List<String> words) {
        return !words.isEmpty() && formAt(words, 0) == words.size();
    }

    private int formAt(List<String> words, int start) {
        for (List<String> form : formsByFirstWord.getOrDefault(words.get(start), List.of())) {
            if (standsAt(form, words, start)) {
                return form.size();
            }
        }
        return 0;
    }

    /** Whether the form's words are the words from {@code start} on; without copying, as it runs for every word of every name. */
    private static boolean standsAt(List<String> form, List<String> words, int start) {
        if (start + form.size() > words.size()) {
            return false;
        }
        for (int i = 0; i < form.size(); i++) {
            if (!form.get(i).equals(words.get(start + i))) {
                return false;
            }
        }
        return true;
    }
}

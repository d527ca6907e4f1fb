package org.atriumcrm.benchmarks.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One generated client, as the API receives it and as the raw JDBC baseline writes it.
 *
 * @param phone     as a person would type it
 * @param e164      the same phone in E.164
 * @param taxField  {@code inn} or {@code taxId} of its legal entity, {@code null} without one
 */
record SyntheticClient(int number, boolean organisation, String name, String phone, String phoneTypedOtherwise,
                       String e164, String email, String country, String taxField, String taxId) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final char SHORT_I_PLACEHOLDER = '\uE000';
    /** Core pairs the first six words of a name (SearchKeys.PAIR_WORDS). */
    static final int PAIR_WORDS = 6;

    ObjectNode draft() {
        ObjectNode draft = JSON.createObjectNode();
        draft.put("kind", organisation ? "ORGANIZATION" : "PERSON");
        draft.put("name", name);
        draft.putArray("phones").add(phone);
        draft.putArray("emails").add(email);
        if (taxField != null) {
            ObjectNode entity = ((ArrayNode) draft.putArray("legalEntities")).addObject();
            entity.put("name", name);
            entity.put("country", country);
            entity.put(taxField, taxId);
        }
        return draft;
    }

    String json() {
        return draft().toString();
    }

    /**
     * Lower case, accents and marks removed: the way search keys and sort keys fold text (core's
     * TextFolding). «ё» is «е», but «й» stays a letter of its own, not «и» with a mark.
     */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('й', SHORT_I_PLACEHOLDER);
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace(SHORT_I_PLACEHOLDER, 'й');
    }

    String nameKey() {
        return fold(name).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * The search keys core derives for this client (SearchKeys.ofName and the channels): name
     * words, the pair keys of the name ({@code m:<a> <b>} for every ordered pair of two of its first
     * {@value #PAIR_WORDS} word positions), e-mail, phone, tax id.
     */
    List<String> searchKeys() {
        List<String> words = new ArrayList<>();
        for (String word : nameKey().split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        List<String> keys = new ArrayList<>();
        for (String word : words) {
            addOnce(keys, "n:" + word);
        }
        List<String> paired = words.subList(0, Math.min(PAIR_WORDS, words.size()));
        for (int a = 0; a < paired.size(); a++) {
            for (int b = 0; b < paired.size(); b++) {
                if (a != b) {
                    addOnce(keys, pair(paired.get(a), paired.get(b)));
                }
            }
        }
        keys.add("e:" + email.toLowerCase(Locale.ROOT));
        keys.add("p:" + e164);
        if (taxId != null) {
            keys.add("t:" + taxId);
        }
        return keys;
    }

    /** The pair key of two folded words of one name, as core stores it. */
    static String pair(String first, String second) {
        return "m:" + first + " " + second;
    }

    private static void addOnce(List<String> keys, String key) {
        if (!keys.contains(key)) {
            keys.add(key);
        }
    }
}

package org.atriumcrm.core.quality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Several values typed into one field: "123-45-67, 765-43-21", "a@alfa.ru; b@alfa.ru". */
final class FieldValues {

    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,;\\n\\r]|\\s/\\s|\\s+или\\s+|\\s+or\\s+|\\s+o\\s+)\\s*");

    private FieldValues() {
    }

    /** The non-empty parts of a field; one part when there is no separator. */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        if (text == null) {
            return parts;
        }
        for (String part : SEPARATORS.split(text.strip())) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }
}

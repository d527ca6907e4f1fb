package org.atriumcrm.core.automation.internal.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What makes a module's event one occurrence: a module event carries no id of its own, so the same
 * facts on the same topic are the same occurrence. The facts are its properties in name order, each
 * value written out (arrays element by element: an array's own text differs from one start to the
 * next), under SHA-256: a 32-bit hash could give two different occurrences one key, and the second
 * would never fire.
 */
final class ModuleEventKey {

    private ModuleEventKey() {
    }

    /** A key of 64 hexadecimal digits, the same for events with equal properties in any order. */
    static String of(String topic, Map<String, Object> properties) {
        TreeMap<String, String> facts = new TreeMap<>();
        properties.forEach((name, value) -> facts.put(name, text(value)));
        StringBuilder written = new StringBuilder(topic);
        // lengths before texts, so that no value can imitate a boundary between two properties
        facts.forEach((name, value) -> written.append('\n').append(name.length()).append(':').append(name)
                .append('=').append(value.length()).append(':').append(value));
        return HexFormat.of().formatHex(sha256(written.toString()));
    }

    private static String text(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.deepToString(array);
        }
        if (value != null && value.getClass().isArray()) {
            return Arrays.deepToString(new Object[] {value});
        }
        return String.valueOf(value);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

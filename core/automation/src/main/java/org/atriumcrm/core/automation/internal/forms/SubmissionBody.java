package org.atriumcrm.core.automation.internal.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.atriumcrm.core.api.ContentTooLargeException;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.ValidationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a submission's body, at most a configured number of bytes (more is refused before it is
 * parsed), as {@code application/x-www-form-urlencoded} or a flat JSON object, into input name → value.
 */
public final class SubmissionBody {

    public static final String FORM = "application/x-www-form-urlencoded";
    public static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SubmissionBody() {
    }

    /** Whether a body of this content type can be read. */
    public static boolean readable(String contentType) {
        String type = mediaType(contentType);
        return type.equals(FORM) || type.equals(JSON);
    }

    /**
     * @throws ContentTooLargeException when the body holds more than {@code maxBytes}
     * @throws ValidationException      when it is not of its type, or a JSON value is not text, a number or a boolean
     */
    public static Map<String, String> read(InputStream body, String contentType, int maxBytes) {
        byte[] bytes = bounded(body, maxBytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        return mediaType(contentType).equals(JSON) ? json(text) : form(text);
    }

    private static byte[] bounded(InputStream body, int maxBytes) {
        try {
            byte[] bytes = body.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new ContentTooLargeException(maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> form(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                values.putIfAbsent(name, value);
            } catch (IllegalArgumentException badEscape) {
                throw ValidationException.of(FieldError.of("body", FieldError.INVALID, "is not form-encoded"));
            }
        }
        return values;
    }

    private static Map<String, String> json(String text) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw ValidationException.of(FieldError.of("body", FieldError.INVALID, "is not valid JSON"));
        }
        if (node == null || !node.isObject()) {
            throw ValidationException.of(FieldError.of("body", FieldError.INVALID, "must be a JSON object"));
        }
        Map<String, String> values = new LinkedHashMap<>();
        var fields = node.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            if (!value.isValueNode()) {
                throw ValidationException.of(FieldError.of(field.getKey(), FieldError.WRONG_TYPE, "must be text"));
            }
            values.put(field.getKey(), value.asText());
        }
        return values;
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
    }
}

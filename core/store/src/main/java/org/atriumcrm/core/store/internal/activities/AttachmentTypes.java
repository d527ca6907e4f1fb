package org.atriumcrm.core.store.internal.activities;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which media types may be attached, and whether a file is what its type says: a PDF must start
 * like a PDF, a PNG like a PNG, so a renamed executable does not pass as a scan.
 */
final class AttachmentTypes {

    private final List<String> allowed;

    /** @param allowed media types separated by commas */
    AttachmentTypes(String allowed) {
        this.allowed = List.of(allowed.split(",")).stream().map(type -> type.strip().toLowerCase(Locale.ROOT))
                .filter(type -> !type.isEmpty()).toList();
    }

    /** The media type without parameters, lower case, or empty when it may not be attached. */
    Optional<String> accept(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        boolean ok = allowed.stream().anyMatch(pattern -> pattern.endsWith("*")
                ? type.startsWith(pattern.substring(0, pattern.length() - 1))
                : type.equals(pattern));
        return ok ? Optional.of(type) : Optional.empty();
    }

    /** Whether the first bytes fit the type, for the types that have a signature. */
    static boolean contentMatches(String type, byte[] head) {
        return switch (type) {
            case "application/pdf" -> startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case "image/png" -> startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            case "image/jpeg" -> startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case "image/gif" -> startsWith(head, "GIF8".getBytes(StandardCharsets.US_ASCII));
            default -> true;
        };
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}

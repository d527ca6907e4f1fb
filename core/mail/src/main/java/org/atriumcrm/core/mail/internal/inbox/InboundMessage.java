package org.atriumcrm.core.mail.internal.inbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * An e-mail as Atrium files it.
 *
 * @param messageId  its {@code Message-ID}, or one made from its headers when it has none
 * @param from       the sender's address, lower case; {@code null} when it names none
 * @param recipients every address of {@code To} and {@code Cc}, lower case
 * @param text       the plain text, or the HTML part read as text
 */
public record InboundMessage(
        String messageId,
        String from,
        String fromName,
        List<String> recipients,
        String subject,
        Instant sentAt,
        String text,
        List<Part> attachments) {

    /** A file sent with the message. */
    public record Part(String fileName, String contentType, byte[] content) {
    }

    public InboundMessage {
        recipients = List.copyOf(recipients);
        attachments = List.copyOf(attachments);
    }

    /** The key the message is claimed by: the SHA-256 of its Message-ID, which may be longer than an index allows. */
    public String key() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

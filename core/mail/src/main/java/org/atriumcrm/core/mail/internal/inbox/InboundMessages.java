package org.atriumcrm.core.mail.internal.inbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import javax.mail.Address;
import javax.mail.MessagingException;
import javax.mail.Multipart;
import javax.mail.Part;
import javax.mail.Session;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeUtility;

/**
 * Reads a MIME message into what is filed: the first plain-text part as the body (else the first HTML
 * part as text), every part with a file name or an attachment disposition as a file. Reading needs no
 * server: a message from IMAP and one kept whole ({@link #parse(byte[])}) read alike.
 */
public final class InboundMessages {

    private static final Session OFFLINE = Session.getInstance(new Properties());

    private InboundMessages() {
    }

    public static InboundMessage parse(byte[] raw) {
        try {
            return parse(new MimeMessage(OFFLINE, new ByteArrayInputStream(raw)));
        } catch (MessagingException e) {
            throw new IllegalArgumentException("Not a MIME message: " + e.getMessage(), e);
        }
    }

    public static InboundMessage parse(MimeMessage message) {
        try {
            Body body = new Body();
            collect(message, body);
            String text = body.plain != null ? HtmlText.tidy(body.plain) : body.html != null ? HtmlText.of(body.html) : "";
            InternetAddress from = first(message.getFrom());
            List<String> recipients = new ArrayList<>();
            addAll(recipients, message.getRecipients(MimeMessage.RecipientType.TO));
            addAll(recipients, message.getRecipients(MimeMessage.RecipientType.CC));
            Instant sentAt = message.getSentDate() != null ? message.getSentDate().toInstant()
                    : message.getReceivedDate() != null ? message.getReceivedDate().toInstant() : Instant.now();
            String messageId = message.getMessageID();
            if (messageId == null || messageId.isBlank()) {
                messageId = madeUpId(message);
            }
            return new InboundMessage(messageId.strip(), from == null ? null : lower(from.getAddress()),
                    from == null ? null : from.getPersonal(), recipients, message.getSubject(), sentAt, text, body.files);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("The message cannot be read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("The message cannot be read", e);
        }
    }

    private static final class Body {
        String plain;
        String html;
        final List<InboundMessage.Part> files = new ArrayList<>();
    }

    private static void collect(Part part, Body body) throws MessagingException, IOException {
        String fileName = fileName(part);
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null;
        if (!attached && part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), body);
            }
        } else if (!attached && part.isMimeType("text/plain") && body.plain == null) {
            body.plain = text(part);
        } else if (!attached && part.isMimeType("text/html") && body.html == null) {
            body.html = text(part);
        } else if (attached || !part.isMimeType("text/*")) {
            String type = part.getContentType() == null ? "application/octet-stream" : part.getContentType();
            body.files.add(new InboundMessage.Part(fileName == null ? "attachment" : fileName, baseType(type), bytes(part)));
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        // a charset Java does not know: read as UTF-8 rather than lose the body
        return new String(bytes(part), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            name = MimeUtility.decodeText(name);
        } catch (IOException e) {
            // keep the name as it came
        }
        // a name, never a path
        String bare = name.replace('\\', '/');
        bare = bare.substring(bare.lastIndexOf('/') + 1).strip();
        return bare.isEmpty() ? null : bare;
    }

    private static String baseType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static InternetAddress first(Address[] addresses) {
        if (addresses != null) {
            for (Address address : addresses) {
                if (address instanceof InternetAddress internet && internet.getAddress() != null) {
                    return internet;
                }
            }
        }
        return null;
    }

    private static void addAll(List<String> into, Address[] addresses) {
        if (addresses != null) {
            for (Address address : addresses) {
                if (address instanceof InternetAddress internet && internet.getAddress() != null) {
                    into.add(lower(internet.getAddress()));
                }
            }
        }
    }

    private static String lower(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    /** A message without a Message-ID is named by its sender, date and subject, the same on every reading. */
    private static String madeUpId(MimeMessage message) throws MessagingException {
        String facts = String.join("\n", String.valueOf(message.getHeader("From", ",")), String.valueOf(message.getHeader("Date", ",")),
                String.valueOf(message.getHeader("Subject", ",")), String.valueOf(message.getHeader("To", ",")));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(facts.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(digest) + "@no-message-id.atrium>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

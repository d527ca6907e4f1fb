package org.atriumcrm.core.mail.internal.inbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import javax.mail.MessagingException;
import javax.mail.Multipart;
import javax.mail.Part;
import javax.mail.Session;
import javax.mail.internet.InternetHeaders;
import javax.mail.internet.MimeMessage;

/**
 * Reads a delivery status notification (RFC 3464: a multipart/report of report-type delivery-status)
 * into the hard bounce it reports: the Message-ID of the returned message and the diagnostic. Only
 * {@code Action: failed} with a permanent {@code Status: 5.x.x} is a bounce; a delay or a temporary
 * failure is not. The status fields are header blocks, read with {@link InternetHeaders}.
 */
public final class DeliveryReports {

    private static final Session OFFLINE = Session.getInstance(new Properties());

    /** A hard bounce of the message that carried {@code messageId}. */
    public record Bounce(String messageId, String recipient, String status, String diagnostic) {
        public String reason() {
            String said = diagnostic != null ? diagnostic : "delivery failed";
            return status + " " + said + (recipient == null ? "" : " (" + recipient + ")");
        }
    }

    private DeliveryReports() {
    }

    public static Optional<Bounce> bounce(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(OFFLINE, new ByteArrayInputStream(raw));
            if (!message.isMimeType("multipart/report")
                    || !"delivery-status".equalsIgnoreCase(new javax.mail.internet.ContentType(message.getContentType()).getParameter("report-type"))) {
                return Optional.empty();
            }
            Multipart report = (Multipart) message.getContent();
            InternetHeaders status = null;
            String returnedId = null;
            for (int i = 0; i < report.getCount(); i++) {
                Part part = report.getBodyPart(i);
                if (part.isMimeType("message/delivery-status")) {
                    status = failedRecipient(stream(part));
                } else if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")) {
                    returnedId = messageId(part);
                }
            }
            if (status == null || returnedId == null) {
                return Optional.empty();
            }
            return Optional.of(new Bounce(returnedId, value(status, "Final-Recipient"), status.getHeader("Status", null).strip(),
                    value(status, "Diagnostic-Code")));
        } catch (MessagingException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The first per-recipient block saying failed with a 5.x.x status, after the per-message block. */
    private static InternetHeaders failedRecipient(InputStream fields) throws MessagingException {
        new InternetHeaders(fields); // per-message fields (Reporting-MTA, Arrival-Date)
        for (int block = 0; block < 100; block++) {
            InternetHeaders recipient = new InternetHeaders(fields);
            if (recipient.getHeader("Action") == null && recipient.getHeader("Status") == null) {
                return null;
            }
            String action = recipient.getHeader("Action", null);
            String code = recipient.getHeader("Status", null);
            if (action != null && action.strip().toLowerCase(Locale.ROOT).startsWith("failed") && code != null && code.strip().startsWith("5.")) {
                return recipient;
            }
        }
        return null;
    }

    private static String messageId(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof MimeMessage returned) {
            return returned.getMessageID();
        }
        String id = new InternetHeaders(stream(part)).getHeader("Message-ID", null);
        return id == null ? null : id.strip();
    }

    private static InputStream stream(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof InputStream in) {
            return in;
        }
        if (content instanceof String text) {
            return new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return part.getInputStream();
    }

    /** A typed field's value without its type ({@code rfc822; a@b} answers {@code a@b}). */
    private static String value(InternetHeaders headers, String name) {
        String field = headers.getHeader(name, " ");
        if (field == null) {
            return null;
        }
        int semicolon = field.indexOf(';');
        return (semicolon < 0 ? field : field.substring(semicolon + 1)).replaceAll("\\s+", " ").strip();
    }
}

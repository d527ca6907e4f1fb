package org.atriumcrm.core.mail.internal.inbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import javax.activation.DataHandler;
import javax.mail.Message;
import javax.mail.Session;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import javax.mail.util.ByteArrayDataSource;

import org.junit.jupiter.api.Test;

class InboundMessagesTest {

    private static final Session SESSION = Session.getInstance(new Properties());

    private static MimeMessage message(String from, String to) throws Exception {
        MimeMessage message = new MimeMessage(SESSION);
        message.setFrom(new InternetAddress(from, "Anna Client"));
        message.setRecipients(Message.RecipientType.TO, to);
        message.setRecipients(Message.RecipientType.CC, "Boss@Atrium.Example");
        message.setSubject("Order 17", "UTF-8");
        message.setSentDate(new Date(1_764_000_000_000L));
        return message;
    }

    private static byte[] bytes(MimeMessage message) throws Exception {
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    @Test
    void theTextPartIsTheBodyAndFilesAreAttachments() throws Exception {
        MimeMessage message = message("Anna@Client.Example", "sales@atrium.example");
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText("Please send 3 boxes.\n\nAnna", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>Please send <b>3</b> boxes.</p>", "text/html; charset=UTF-8");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeBodyPart file = new MimeBodyPart();
        byte[] pdf = "%PDF-1.4 order".getBytes(StandardCharsets.US_ASCII);
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
        file.setFileName("../../order.pdf");
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(file);
        message.setContent(mixed);

        InboundMessage read = InboundMessages.parse(bytes(message));

        assertEquals("anna@client.example", read.from());
        assertEquals("Anna Client", read.fromName());
        assertEquals(List.of("sales@atrium.example", "boss@atrium.example"), read.recipients());
        assertEquals("Order 17", read.subject());
        assertEquals(1_764_000_000_000L, read.sentAt().toEpochMilli());
        assertEquals("Please send 3 boxes.\n\nAnna", read.text());
        assertEquals(1, read.attachments().size());
        assertEquals("order.pdf", read.attachments().get(0).fileName(), "a name, never a path");
        assertEquals("application/pdf", read.attachments().get(0).contentType());
        assertArrayEquals(pdf, read.attachments().get(0).content());
        assertTrue(read.messageId().startsWith("<") && read.messageId().endsWith(">"), read.messageId());
    }

    @Test
    void anHtmlOnlyMessageIsReadAsText() throws Exception {
        MimeMessage message = message("anna@client.example", "sales@atrium.example");
        message.setContent("<html><body><p>Hi,</p><p>call me <script>x()</script>back</p></body></html>", "text/html; charset=UTF-8");
        assertEquals("Hi,\ncall me back", InboundMessages.parse(bytes(message)).text());
    }

    @Test
    void aMessageWithoutMessageIdGetsTheSameKeyOnEveryReading() throws Exception {
        String raw = "From: anna@client.example\r\nTo: sales@atrium.example\r\nSubject: Hello\r\n"
                + "Date: Tue, 1 Dec 2026 10:00:00 +0000\r\n\r\nHello there\r\n";
        InboundMessage first = InboundMessages.parse(raw.getBytes(StandardCharsets.US_ASCII));
        InboundMessage again = InboundMessages.parse(raw.getBytes(StandardCharsets.US_ASCII));
        InboundMessage other = InboundMessages.parse(raw.replace("Hello\r\n", "Hello!\r\n").getBytes(StandardCharsets.US_ASCII));
        assertEquals(first.key(), again.key());
        assertNotEquals(first.key(), other.key());
        assertEquals(64, first.key().length());
        assertEquals("Hello there", first.text());
    }
}

package org.atriumcrm.core.mail.internal.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
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

class DeliveryReportsTest {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final String SENT_ID = "<abc.123@atrium.example>";

    /** A report as a mail server writes it: a human part, the status fields, the returned message. */
    static byte[] report(String action, String status, boolean wholeMessage) throws Exception {
        MimeMessage returned = new MimeMessage(SESSION);
        returned.setFrom(new InternetAddress("crm@atrium.example"));
        returned.setRecipients(Message.RecipientType.TO, "gone@client.example");
        returned.setSubject("Your order");
        returned.setText("Hello");
        returned.saveChanges();
        returned.setHeader("Message-ID", SENT_ID);

        MimeMultipart report = new MimeMultipart("report; report-type=delivery-status");
        MimeBodyPart human = new MimeBodyPart();
        human.setText("Your message could not be delivered.");
        report.addBodyPart(human);
        MimeBodyPart fields = new MimeBodyPart();
        String text = "Reporting-MTA: dns; mx.client.example\r\nArrival-Date: Wed, 2 Dec 2026 21:00:00 +0000\r\n\r\n"
                + "Final-Recipient: rfc822; gone@client.example\r\nAction: " + action + "\r\nStatus: " + status + "\r\n"
                + "Diagnostic-Code: smtp; 550 5.1.1 <gone@client.example>:\r\n  user unknown\r\n";
        fields.setDataHandler(new DataHandler(new ByteArrayDataSource(text, "message/delivery-status")));
        report.addBodyPart(fields);
        MimeBodyPart original = new MimeBodyPart();
        if (wholeMessage) {
            original.setContent(returned, "message/rfc822");
        } else {
            ByteArrayOutputStream headers = new ByteArrayOutputStream();
            returned.writeTo(headers);
            String head = headers.toString(java.nio.charset.StandardCharsets.US_ASCII).split("\r\n\r\n", 2)[0] + "\r\n";
            original.setDataHandler(new DataHandler(new ByteArrayDataSource(head, "text/rfc822-headers")));
        }
        report.addBodyPart(original);

        MimeMessage dsn = new MimeMessage(SESSION);
        dsn.setFrom(new InternetAddress("MAILER-DAEMON@mx.client.example"));
        dsn.setRecipients(Message.RecipientType.TO, "crm@atrium.example");
        dsn.setSubject("Undelivered Mail Returned to Sender");
        dsn.setContent(report);
        dsn.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dsn.writeTo(out);
        return out.toByteArray();
    }

    @Test
    void aPermanentFailureIsTheBounceOfTheReturnedMessage() throws Exception {
        DeliveryReports.Bounce bounce = DeliveryReports.bounce(report("failed", "5.1.1", true)).orElseThrow();
        assertEquals(SENT_ID, bounce.messageId());
        assertEquals("gone@client.example", bounce.recipient());
        assertEquals("5.1.1", bounce.status());
        assertEquals("550 5.1.1 <gone@client.example>: user unknown", bounce.diagnostic());
        assertEquals("5.1.1 550 5.1.1 <gone@client.example>: user unknown (gone@client.example)", bounce.reason());
    }

    @Test
    void theReturnedHeadersAloneAreEnough() throws Exception {
        assertEquals(SENT_ID, DeliveryReports.bounce(report("failed", "5.2.2", false)).orElseThrow().messageId());
    }

    @Test
    void aDelayOrATemporaryFailureIsNoBounce() throws Exception {
        assertTrue(DeliveryReports.bounce(report("delayed", "4.4.1", true)).isEmpty());
        assertTrue(DeliveryReports.bounce(report("failed", "4.2.2", true)).isEmpty());
    }

    @Test
    void anOrdinaryMessageIsNoBounce() throws Exception {
        MimeMessage message = new MimeMessage(SESSION);
        message.setFrom(new InternetAddress("anna@client.example"));
        message.setSubject("Undelivered Mail Returned to Sender");
        message.setText("Action: failed\r\nStatus: 5.1.1\r\n");
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        assertTrue(DeliveryReports.bounce(out.toByteArray()).isEmpty());
        assertTrue(DeliveryReports.bounce("not mail at all".getBytes()).isEmpty());
    }
}

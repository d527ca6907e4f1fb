package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import javax.activation.DataHandler;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import javax.mail.util.ByteArrayDataSource;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The shared mailbox over real IMAP (GreenMail in the test): a message from a client's contact is on
 * the client's timeline once, with its HTML read as text and its files attached (one past the size
 * limit left out and named), also when the same message comes again, before and after a restart; a
 * copy of what was sent to a client is outbound; an unknown sender waits on a list that a manager
 * files on a client it reaches or makes into a lead, and that roles without activities cannot see; a
 * server's report that a message Atrium sent bounced marks its delivery bounced, and is filed nowhere else.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class MailboxIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "a long passphrase for tests";
    private static final String MAILBOX = "crm@atrium.example";
    private static final int MAX_ATTACHMENT_BYTES = 4096;
    private static final Session SESSION = Session.getInstance(new Properties());

    private static GreenMail mail;
    private static GreenMailUser mailbox;
    private static RunningAtrium atrium;
    private static Api api;
    private static String omega;
    private static String olga;
    private static String peter;
    private static int markers;

    @BeforeClass
    public static void startAtriumAndMailServer() throws Exception {
        int imapPort = AtriumOptions.freePort();
        int smtpPort = AtriumOptions.freePort();
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)});
        mail.start();
        mailbox = mail.setUser(MAILBOX, "crm", "mailbox secret");
        atrium = RunningAtrium.start("mailbox",
                editConfigurationFilePut("etc/org.atriumcrm.core.cfg", "attachment.max.bytes", Integer.toString(MAX_ATTACHMENT_BYTES)),
                editConfigurationFilePut("etc/org.atriumcrm.mail.cfg", "imap.host", "127.0.0.1"),
                editConfigurationFilePut("etc/org.atriumcrm.mail.cfg", "imap.port", Integer.toString(imapPort)),
                editConfigurationFilePut("etc/org.atriumcrm.mail.cfg", "imap.user", "crm"),
                editConfigurationFilePut("etc/org.atriumcrm.mail.cfg", "imap.password", "mailbox secret"),
                editConfigurationFilePut("etc/org.atriumcrm.mail.cfg", "imap.poll.interval.seconds", "1"),
                editConfigurationFilePut("etc/org.atriumcrm.mail.cfg", "smtp.host", "127.0.0.1"),
                editConfigurationFilePut("etc/org.atriumcrm.mail.cfg", "smtp.port", Integer.toString(smtpPort)),
                editConfigurationFilePut("etc/org.atriumcrm.mail.cfg", "from.address", MAILBOX));
        api = atrium.api();
        // works on its own clients and their activities
        Api.created(api.post("/api/roles", "{\"id\":\"own-seller\",\"label\":\"Own seller\",\"grants\":{"
                + "\"clients\":{\"access\":[\"READ\",\"WRITE\"],\"scope\":\"OWN\",\"hiddenFields\":[]},"
                + "\"activities\":{\"access\":[\"READ\",\"WRITE\"],\"scope\":\"OWN\",\"hiddenFields\":[]}}}"));
        // reads clients, nothing else
        Api.created(api.post("/api/roles", "{\"id\":\"client-reader\",\"label\":\"Client reader\",\"grants\":{"
                + "\"clients\":{\"access\":[\"READ\"],\"scope\":\"ALL\",\"hiddenFields\":[]}}}"));
        peter = newUser("peter", "own-seller");
        newUser("rita", "client-reader");
        JsonNode client = Api.created(api.post("/api/clients?confirmedNew=true", "{\"kind\":\"ORGANIZATION\",\"name\":\"Omega Tools\","
                + "\"status\":\"ACTIVE\",\"emails\":[\"office@omega.example\"],\"responsibleManagerId\":\"" + peter + "\","
                + "\"contacts\":[{\"name\":\"Olga Berg\",\"emails\":[\"Olga.Berg@omega.example\"]}]}"));
        omega = client.get("id").asText();
        olga = client.get("contacts").get(0).get("id").asText();
    }

    @AfterClass
    public static void stop() {
        if (atrium != null) {
            atrium.stop();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    private static String newUser(String username, String role) throws Exception {
        String user = JSON.createObjectNode().put("username", username).put("displayName", username + " Test")
                .put("email", username + "@example.com").put("locale", "en").put("team", "north").put("password", PASSWORD)
                .set("roles", JSON.createArrayNode().add(role)).toString();
        return Api.created(api.post("/api/users", user)).get("id").asText();
    }

    /** A message with this Message-ID on every delivery, as a mail server keeps it. */
    private static MimeMessage message(String messageId, String from, String to, String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(SESSION) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject, "UTF-8");
        message.setSentDate(new Date());
        return message;
    }

    private static MimeMessage orderFromOlga() throws Exception {
        MimeMessage message = message("<order-17@omega.example>", "Olga Berg <olga.berg@omega.example>", MAILBOX, "Order 17");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<html><head><style>p{color:red}</style></head><body><p>Please send <b>3 boxes</b>.</p>"
                + "<script>alert('x')</script><p>Olga</p></body></html>", "text/html; charset=UTF-8");
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setDataHandler(new DataHandler(new ByteArrayDataSource("%PDF-1.4 order 17".getBytes(StandardCharsets.US_ASCII),
                "application/pdf")));
        pdf.setFileName("order-17.pdf");
        MimeBodyPart large = new MimeBodyPart();
        byte[] scan = new byte[MAX_ATTACHMENT_BYTES * 2];
        Arrays.fill(scan, (byte) 'x');
        large.setDataHandler(new DataHandler(new ByteArrayDataSource(scan, "text/plain")));
        large.setFileName("scan.txt");
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(html);
        mixed.addBodyPart(pdf);
        mixed.addBodyPart(large);
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }

    private static List<JsonNode> emailsOf(String clientId) throws Exception {
        List<JsonNode> emails = new ArrayList<>();
        Api.json(api.get("/api/activities?type=email&clientId=" + clientId)).get("items").forEach(emails::add);
        return emails;
    }

    private static List<JsonNode> awaitEmailsOf(String clientId, int count) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<JsonNode> emails = emailsOf(clientId);
        while (emails.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            emails = emailsOf(clientId);
        }
        assertEquals(emails.toString(), count, emails.size());
        return emails;
    }

    private static JsonNode unknown(String subject) throws Exception {
        for (JsonNode item : Api.json(api.get("/api/mailbox/unknown?limit=200")).get("items")) {
            if (item.get("subject").asText().equals(subject)) {
                return item;
            }
        }
        return null;
    }

    private static JsonNode awaitUnknown(String subject) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode found = unknown(subject);
        while (found == null && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            found = unknown(subject);
        }
        assertTrue("on the unknown list: " + subject, found != null);
        return found;
    }

    /** Delivers a message of an unknown sender and waits for it: every message before it has been read then. */
    private static void awaitMailboxRead() throws Exception {
        String subject = "Marker " + (++markers);
        MimeMessage marker = message("<marker-" + markers + "-" + System.nanoTime() + "@elsewhere.example>", "nobody@elsewhere.example",
                MAILBOX, subject);
        marker.setText("Read up to here.", "UTF-8");
        marker.saveChanges();
        mailbox.deliver(marker);
        awaitUnknown(subject);
    }

    @Test
    public void aMessageFromAClientsContactIsOnTheClientsTimelineOnceWithItsTextAndFiles() throws Exception {
        mailbox.deliver(orderFromOlga());
        JsonNode email = awaitEmailsOf(omega, 1).get(0);
        assertEquals("Order 17", email.get("subject").asText());
        assertEquals("INBOUND", email.get("direction").asText());
        assertEquals(olga, email.get("contactId").asText());
        assertEquals("the responsible manager's activity", peter, email.get("authorId").asText());
        assertEquals("Please send 3 boxes.\nOlga", email.get("result").asText());
        JsonNode attachments = Api.json(api.get("/api/activities/" + email.get("id").asText())).get("attachments");
        assertEquals(attachments.toString(), 1, attachments.size());
        assertEquals("order-17.pdf", attachments.get(0).get("fileName").asText());
        HttpResponse<byte[]> pdf = api.getBytes("/api/attachments/" + attachments.get(0).get("id").asText());
        assertEquals("%PDF-1.4 order 17", new String(pdf.body(), StandardCharsets.US_ASCII));
        assertTrue("the file past the limit is named: " + email, email.get("objective").asText().contains("scan.txt"));

        // the same message again (a second copy, a re-sent one) is not logged again
        mailbox.deliver(orderFromOlga());
        awaitMailboxRead();
        assertEquals(1, emailsOf(omega).size());
        // and the client's responsible manager sees it on the timeline
        Api seller = api.signIn("peter", PASSWORD);
        assertTrue(seller.get("/api/clients/" + omega + "/timeline").body().contains("Order 17"));
    }

    @Test
    public void bACopyOfWhatWasSentToAClientIsOutbound() throws Exception {
        MimeMessage sent = message("<reply-17@atrium.example>", MAILBOX, "office@omega.example", "Re: Order 17");
        sent.setText("Your boxes are on their way.", "UTF-8");
        sent.saveChanges();
        mailbox.deliver(sent);
        List<JsonNode> emails = awaitEmailsOf(omega, 2);
        JsonNode reply = emails.stream().filter(email -> email.get("subject").asText().equals("Re: Order 17")).findFirst()
                .orElseThrow(() -> new AssertionError(emails.toString()));
        assertEquals("OUTBOUND", reply.get("direction").asText());
        assertFalse(reply.has("contactId") && !reply.get("contactId").isNull());
        assertEquals("Your boxes are on their way.", reply.get("result").asText());
    }

    @Test
    public void cAnUnknownSenderIsListedForAManagerToFile() throws Exception {
        MimeMessage question = message("<question-1@stranger.example>", "Sam Stone <sam@stranger.example>", MAILBOX, "Price list?");
        question.setText("Could you send me your price list?", "UTF-8");
        question.saveChanges();
        mailbox.deliver(question);
        JsonNode listed = awaitUnknown("Price list?");
        assertEquals("sam@stranger.example", listed.get("sender").asText());
        assertEquals("Sam Stone", listed.get("senderName").asText());
        assertEquals("OPEN", listed.get("status").asText());
        String id = listed.get("id").asText();

        assertEquals("no activities section", 403, api.signIn("rita", PASSWORD).get("/api/mailbox/unknown").statusCode());
        assertEquals(401, atrium.anonymous().get("/api/mailbox/unknown").statusCode());
        Api.assertInvalid(api.get("/api/mailbox/unknown?status=LOST&limit=0"), "status", "limit");

        // a seller limited to its own clients cannot file it on another's client
        String someoneElses = Api.created(api.post("/api/clients?confirmedNew=true",
                "{\"kind\":\"PERSON\",\"name\":\"Zeta Person\",\"status\":\"LEAD\"}")).get("id").asText();
        Api seller = api.signIn("peter", PASSWORD);
        Api.assertInvalid(seller.post("/api/mailbox/unknown/" + id + "/attach", "{\"clientId\":\"" + someoneElses + "\"}"), "clientId");
        Api.assertInvalid(seller.post("/api/mailbox/unknown/" + id + "/attach", "{}"), "clientId");
        assertEquals(404, seller.post("/api/mailbox/unknown/no-such-message/attach", "{\"clientId\":\"" + omega + "\"}").statusCode());

        // it makes a lead of it: the sender's name and address, source e-mail, the message its first activity
        HttpResponse<String> lead = seller.post("/api/mailbox/unknown/" + id + "/lead", "{}");
        assertEquals(lead.body(), 200, lead.statusCode());
        JsonNode filed = Api.json(lead);
        assertEquals("LEAD", filed.get("message").get("status").asText());
        String leadId = filed.get("message").get("clientId").asText();
        JsonNode client = Api.json(seller.get("/api/clients/" + leadId));
        assertEquals("Sam Stone", client.get("name").asText());
        assertEquals("email", client.get("source").asText());
        assertEquals("LEAD", client.get("status").asText());
        assertEquals("sam@stranger.example", client.get("emails").get(0).asText());
        assertEquals(peter, client.get("responsibleManagerId").asText());
        JsonNode email = awaitEmailsOf(leadId, 1).get(0);
        assertEquals("Price list?", email.get("subject").asText());
        assertEquals("Could you send me your price list?", email.get("result").asText());

        // filed once: a second filing is refused and changes nothing
        Api.assertInvalid(seller.post("/api/mailbox/unknown/" + id + "/attach", "{\"clientId\":\"" + omega + "\"}"), "status");
        assertEquals(2, emailsOf(omega).size());
        assertEquals(null, unknown("Price list?"));
        assertTrue(api.get("/api/mailbox/unknown?status=LEAD").body().contains("Price list?"));
    }

    @Test
    public void dAnUnknownMessageFiledOnAClientBecomesItsActivity() throws Exception {
        MimeMessage note = message("<note-1@omega-group.example>", "ceo@omega-group.example", MAILBOX, "About Omega");
        note.setText("We are Omega's parent company.", "UTF-8");
        note.saveChanges();
        mailbox.deliver(note);
        String id = awaitUnknown("About Omega").get("id").asText();
        HttpResponse<String> attached = api.signIn("peter", PASSWORD)
                .post("/api/mailbox/unknown/" + id + "/attach", "{\"clientId\":\"" + omega + "\"}");
        assertEquals(attached.body(), 200, attached.statusCode());
        assertEquals("ATTACHED", Api.json(attached).get("message").get("status").asText());
        assertTrue(emailsOf(omega).toString(), emailsOf(omega).stream().anyMatch(email -> email.get("subject").asText().equals("About Omega")));
    }

    @Test
    public void eAfterARestartNoMessageIsLoggedTwice() throws Exception {
        int before = emailsOf(omega).size();
        atrium.restart();
        api = atrium.api();
        mailbox.deliver(orderFromOlga());
        awaitMailboxRead();
        assertEquals(before, emailsOf(omega).size());
        assertEquals(1, emailsOf(omega).stream().filter(email -> email.get("subject").asText().equals("Order 17")).count());
        // a new message is still read
        MimeMessage later = message("<order-18@omega.example>", "office@omega.example", MAILBOX, "Order 18");
        later.setText("One more box.", "UTF-8");
        later.saveChanges();
        mailbox.deliver(later);
        awaitEmailsOf(omega, before + 1);
    }

    /** A report as a receiving server writes it (RFC 3464): a human part, the status fields, the returned headers. */
    private static MimeMessage bounceReport(MimeMessage returned, String recipient) throws Exception {
        MimeMultipart report = new MimeMultipart("report; report-type=delivery-status");
        MimeBodyPart human = new MimeBodyPart();
        human.setText("Your message could not be delivered.");
        report.addBodyPart(human);
        MimeBodyPart fields = new MimeBodyPart();
        fields.setDataHandler(new DataHandler(new ByteArrayDataSource("Reporting-MTA: dns; mx.gone.example\r\n\r\n"
                + "Final-Recipient: rfc822; " + recipient + "\r\nAction: failed\r\nStatus: 5.1.1\r\n"
                + "Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n", "message/delivery-status")));
        report.addBodyPart(fields);
        StringBuilder headers = new StringBuilder();
        java.util.Collections.list(returned.getAllHeaderLines()).forEach(line -> headers.append(line).append("\r\n"));
        MimeBodyPart original = new MimeBodyPart();
        original.setDataHandler(new DataHandler(new ByteArrayDataSource(headers.toString(), "text/rfc822-headers")));
        report.addBodyPart(original);
        MimeMessage dsn = message("<dsn-" + System.nanoTime() + "@mx.gone.example>", "MAILER-DAEMON@mx.gone.example", MAILBOX,
                "Undelivered Mail Returned to Sender");
        dsn.setContent(report);
        dsn.saveChanges();
        return dsn;
    }

    private static JsonNode deliveryOf(String clientId) throws Exception {
        JsonNode items = Api.json(api.get("/api/automation/deliveries?clientId=" + clientId)).get("items");
        return items.size() == 0 ? null : items.get(0);
    }

    private static JsonNode awaitDelivery(String clientId, String status) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode delivery = deliveryOf(clientId);
        while ((delivery == null || !delivery.get("status").asText().equals(status)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            delivery = deliveryOf(clientId);
        }
        assertTrue("delivery " + status + ": " + delivery, delivery != null && delivery.get("status").asText().equals(status));
        return delivery;
    }

    @Test
    public void fAReportThatAMessageAtriumSentBouncedIsInTheDeliveryLogOnly() throws Exception {
        String template = Api.created(api.post("/api/automation/templates", "{\"name\":\"Hello\",\"variants\":{"
                + "\"en\":{\"subject\":\"Hello, {{client.name}}\",\"text\":\"Hello from Atrium.\"}}}")).get("id").asText();
        Api.created(api.post("/api/automation/rules", "{\"name\":\"Greet\",\"enabled\":true,\"trigger\":{\"type\":\"client.created\"},"
                + "\"conditions\":{\"all\":[{\"field\":\"name\",\"op\":\"contains\",\"value\":\"Gone\"}]},"
                + "\"actions\":[{\"type\":\"core.send-email\",\"arguments\":{\"template\":\"" + template + "\"}}]}"));
        String gone = Api.created(api.post("/api/clients?confirmedNew=true", "{\"kind\":\"ORGANIZATION\",\"name\":\"Gone Ltd\","
                + "\"status\":\"LEAD\",\"emails\":[\"nobody@gone.example\"],\"responsibleManagerId\":\"" + peter + "\"}")).get("id").asText();
        String messageId = awaitDelivery(gone, "SENT").get("messageId").asText();
        MimeMessage sent = Arrays.stream(mail.getReceivedMessages()).filter(received -> {
            try {
                return messageId.equals(received.getMessageID());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow(() -> new AssertionError("the server received " + messageId));

        mailbox.deliver(bounceReport(sent, "nobody@gone.example"));
        JsonNode bounced = awaitDelivery(gone, "BOUNCED");
        assertEquals(messageId, bounced.get("messageId").asText());
        assertTrue(bounced.toString(), bounced.get("reason").asText().contains("550 5.1.1 user unknown"));
        awaitMailboxRead();
        assertEquals(null, unknown("Undelivered Mail Returned to Sender"));
        assertEquals(0, emailsOf(gone).size());
        assertTrue(api.get("/api/clients/" + gone + "/timeline").body().contains("bounced to nobody@gone.example"));

        // a report of a message Atrium never sent is an unknown sender's mail, as before
        MimeMessage stranger = message("<elsewhere-1@other.example>", MAILBOX, "someone@other.example", "Not ours");
        stranger.setText("x", "UTF-8");
        stranger.saveChanges();
        mailbox.deliver(bounceReport(stranger, "someone@other.example"));
        awaitUnknown("Undelivered Mail Returned to Sender");
    }
}

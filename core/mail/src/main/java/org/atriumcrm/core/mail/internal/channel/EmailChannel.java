package org.atriumcrm.core.mail.internal.channel;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import javax.activation.DataHandler;
import javax.mail.Authenticator;
import javax.mail.MessagingException;
import javax.mail.PasswordAuthentication;
import javax.mail.SendFailedException;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import javax.mail.util.ByteArrayDataSource;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.mail.internal.MailConfiguration;
import org.atriumcrm.core.mail.internal.delivery.DeliveryLog;
import org.atriumcrm.core.mail.internal.delivery.DeliveryStatus;
import org.atriumcrm.core.spi.MessageAttachment;
import org.atriumcrm.core.spi.MessageChannel;
import org.atriumcrm.core.spi.UiContribution.Label;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code email} channel: SMTP through Jakarta Mail, a text part and an HTML part, attachments.
 * Every send — a rule's, a campaign's, a module's — stops at the client's opt-out, is logged
 * (queued, then sent or failed with the reason) and carries its own signed unsubscribe link, in the
 * body and as {@code List-Unsubscribe}.
 */
@Component(service = {MessageChannel.class, EmailChannel.class}, property = MessageChannel.PROP_ID + "=" + EmailChannel.ID,
        configurationPid = MailConfiguration.PID)
@Designate(ocd = MailConfiguration.class)
public class EmailChannel implements MessageChannel {

    public static final String ID = "email";

    private static final Logger LOG = LoggerFactory.getLogger(EmailChannel.class);
    private static final Map<String, String> UNSUBSCRIBE = Map.of(
            "en", "Do not want these e-mails? Unsubscribe:",
            "es", "¿No quiere recibir estos correos? Darse de baja:",
            "ru", "Не хотите получать эти письма? Отписаться:");

    private final DeliveryLog log;
    private final UnsubscribeTokens tokens;
    private volatile MailConfiguration configuration;
    private volatile Session session;

    @Activate
    public EmailChannel(@Reference DeliveryLog log, @Reference UnsubscribeTokens tokens, MailConfiguration configuration) {
        this.log = log;
        this.tokens = tokens;
        modified(configuration);
    }

    @Modified
    void modified(MailConfiguration changed) {
        this.configuration = changed;
        this.session = session(changed);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Label label() {
        return Label.of("E-mail", "Correo electrónico", "Электронная почта");
    }

    @Override
    public Optional<String> addressOf(Client client) {
        return client.emails().stream().filter(email -> !email.isBlank()).findFirst();
    }

    /** Whether the client asked to get no more e-mail. */
    public boolean optedOut(String clientId) {
        return log.optedOut(clientId, ID);
    }

    @Override
    public String send(Message message) {
        if (optedOut(message.clientId())) {
            throw new MessageNotSentException("the client opted out of e-mail", false, null);
        }
        String language = message.language() == null || !UNSUBSCRIBE.containsKey(message.language()) ? "en" : message.language();
        String deliveryId = log.queued(message.clientId(), ID, message.address(), message.subject(), language);
        String unsubscribeUrl = unsubscribeUrl(deliveryId);
        try {
            String messageId = sendWithMailClassLoader(mime(message, language, unsubscribeUrl));
            log.finished(deliveryId, DeliveryStatus.SENT, null, messageId);
            return messageId;
        } catch (MessagingException | UnsupportedEncodingException failed) {
            LOG.warn("E-mail to client {} was not sent: {}", message.clientId(), failed.getMessage());
            log.finished(deliveryId, DeliveryStatus.FAILED, String.valueOf(failed.getMessage()), null);
            // a refused address stays refused; a server away or busy may answer later
            boolean retryable = !(failed instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) && !(failed instanceof UnsupportedEncodingException);
            throw new MessageNotSentException(failed.getMessage(), retryable, failed);
        }
    }

    /**
     * Jakarta Mail and its activation framework find their providers and content handlers through the
     * thread's context class loader; in OSGi that must be the mail bundle's.
     */
    private static String sendWithMailClassLoader(MimeMessage mime) throws MessagingException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            mime.saveChanges();
            Transport.send(mime);
            return mime.getMessageID();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private String unsubscribeUrl(String deliveryId) {
        String base = configuration.public_url().replaceAll("/+$", "");
        return base + "/api/unsubscribe/" + tokens.token(deliveryId);
    }

    private MimeMessage mime(Message message, String language, String unsubscribeUrl)
            throws MessagingException, UnsupportedEncodingException {
        MailConfiguration settings = configuration;
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(settings.from_address(), blankToNull(settings.from_name()), StandardCharsets.UTF_8.name()));
        mime.setRecipients(javax.mail.Message.RecipientType.TO, InternetAddress.parse(message.address(), true));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setHeader("Content-Language", language);
        mime.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
        mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");

        String line = UNSUBSCRIBE.get(language);
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText((message.body() == null ? "" : message.body()) + "\n\n--\n" + line + " " + unsubscribeUrl + "\n",
                StandardCharsets.UTF_8.name(), "plain");
        alternative.addBodyPart(text);
        if (message.html() != null) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(message.html() + "\n<hr><p style=\"font-size:small\">" + escape(line) + " <a href=\"" + escape(unsubscribeUrl)
                    + "\">" + escape(unsubscribeUrl) + "</a></p>\n", StandardCharsets.UTF_8.name(), "html");
            alternative.addBodyPart(html);
        }
        if (message.attachments().isEmpty()) {
            mime.setContent(alternative);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            for (MessageAttachment attachment : message.attachments()) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
                file.setFileName(attachment.fileName());
                mixed.addBodyPart(file);
            }
            mime.setContent(mixed);
        }
        return mime;
    }

    private static Session session(MailConfiguration settings) {
        Properties properties = new Properties();
        String security = settings.smtp_security() == null ? "NONE" : settings.smtp_security().strip().toUpperCase(java.util.Locale.ROOT);
        String protocol = security.equals("SSL") ? "smtps" : "smtp";
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", settings.smtp_host());
        properties.put("mail." + protocol + ".port", String.valueOf(settings.smtp_port()));
        properties.put("mail." + protocol + ".connectiontimeout", String.valueOf(settings.smtp_timeout_ms()));
        properties.put("mail." + protocol + ".timeout", String.valueOf(settings.smtp_timeout_ms()));
        properties.put("mail." + protocol + ".writetimeout", String.valueOf(settings.smtp_timeout_ms()));
        if (security.equals("STARTTLS")) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (!security.equals("NONE")) {
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        String user = blankToNull(settings.smtp_user());
        if (user == null) {
            return Session.getInstance(properties);
        }
        properties.put("mail." + protocol + ".auth", "true");
        String password = settings.smtp_password();
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

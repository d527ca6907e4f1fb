package org.atriumcrm.core.mail.internal.channel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.mail.internal.SmsConfiguration;
import org.atriumcrm.core.mail.internal.delivery.DeliveryLog;
import org.atriumcrm.core.mail.internal.delivery.DeliveryStatus;
import org.atriumcrm.core.quality.Normalizer;
import org.atriumcrm.core.spi.MessageChannel;
import org.atriumcrm.core.spi.UiContribution.Label;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code sms} channel: one HTTP {@code POST} per message to the configured gateway, its body
 * made from the configured template. Like e-mail, every send stops at the client's opt-out and is
 * logged (queued, then sent with the gateway's message id, or failed with its answer). An answer the
 * gateway may change its mind about (5xx, 408, 429, no answer) may be retried; any other refusal not.
 */
@Component(service = {MessageChannel.class, SmsChannel.class}, property = MessageChannel.PROP_ID + "=" + SmsChannel.ID,
        configurationPid = SmsConfiguration.PID)
@Designate(ocd = SmsConfiguration.class)
public class SmsChannel implements MessageChannel {

    public static final String ID = "sms";

    private static final Logger LOG = LoggerFactory.getLogger(SmsChannel.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What the delivery log shows of a message without a subject. */
    private static final int SUMMARY_LENGTH = 80;
    /** The delivery log's columns. */
    private static final int REASON_LENGTH = 1000;
    private static final int MESSAGE_ID_LENGTH = 300;

    private final DeliveryLog log;
    private final Normalizer normalizer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private volatile SmsConfiguration configuration;
    private volatile SmsRequests requests;

    @Activate
    public SmsChannel(@Reference DeliveryLog log, @Reference Normalizer normalizer, SmsConfiguration configuration) {
        this.log = log;
        this.normalizer = normalizer;
        modified(configuration);
    }

    @Modified
    void modified(SmsConfiguration changed) {
        this.requests = new SmsRequests(changed.content_type(), changed.body_template());
        this.configuration = changed;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Label label() {
        return Label.of("SMS", "SMS", "SMS");
    }

    /** The client's first phone that reads as a number. */
    @Override
    public Optional<String> addressOf(Client client) {
        return number(client.phones());
    }

    /**
     * The first of these phones in E.164, the form gateways take, read as core reads phones (in the
     * default region when typed without a country code).
     */
    public Optional<String> number(List<String> phones) {
        return phones.stream().filter(phone -> !phone.isBlank()).map(phone -> normalizer.phone(phone, null))
                .flatMap(Optional::stream).findFirst();
    }

    /** Whether the client asked to get no more SMS. */
    public boolean optedOut(String clientId) {
        return log.optedOut(clientId, ID);
    }

    @Override
    public String send(Message message) {
        if (optedOut(message.clientId())) {
            throw new MessageNotSentException("the client opted out of SMS", false, null);
        }
        SmsConfiguration settings = configuration;
        if (settings.gateway_url().isBlank()) {
            throw new MessageNotSentException("no SMS gateway is configured (gateway.url in etc/" + SmsConfiguration.PID + ".cfg)",
                    false, null);
        }
        String text = message.body() == null ? "" : message.body();
        String deliveryId = log.queued(message.clientId(), ID, message.address(), summary(text), message.language());
        try {
            HttpResponse<String> answer = http.send(request(settings, message.address(), text), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 == 2) {
                String messageId = messageId(answer.body(), settings.message_id_pointer());
                log.finished(deliveryId, DeliveryStatus.SENT, null, messageId);
                return messageId;
            }
            String reason = "the gateway answered " + answer.statusCode() + ": " + abbreviated(answer.body());
            log.finished(deliveryId, DeliveryStatus.FAILED, reason, null);
            int status = answer.statusCode();
            throw new MessageNotSentException(reason, status >= 500 || status == 408 || status == 429, null);
        } catch (IOException | IllegalArgumentException unreachable) {
            LOG.warn("SMS to client {} was not sent: {}", message.clientId(), unreachable.toString());
            log.finished(deliveryId, DeliveryStatus.FAILED, abbreviated(unreachable.toString()), null);
            throw new MessageNotSentException(unreachable.toString(), unreachable instanceof IOException, unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            log.finished(deliveryId, DeliveryStatus.FAILED, "interrupted", null);
            throw new MessageNotSentException("interrupted", true, interrupted);
        }
    }

    private HttpRequest request(SmsConfiguration settings, String to, String text) {
        SmsRequests bodies = requests;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.gateway_url().strip()))
                .timeout(Duration.ofMillis(settings.timeout_ms()))
                .header("Content-Type", bodies.contentType())
                .POST(HttpRequest.BodyPublishers.ofString(bodies.body(to, settings.sender(), text)));
        if (!settings.auth_header_value().isBlank() && !settings.auth_header_name().isBlank()) {
            request.header(settings.auth_header_name().strip(), settings.auth_header_value().strip());
        }
        return request.build();
    }

    /** The gateway's id of the message, when its answer is JSON holding one where configured. */
    private static String messageId(String body, String pointer) {
        if (pointer == null || pointer.isBlank() || body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode id = JSON.readTree(body).at(pointer.strip());
            return id.isMissingNode() || id.isNull() ? null : limited(id.asText(), MESSAGE_ID_LENGTH);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String summary(String text) {
        return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH - 1) + "…";
    }

    private static String abbreviated(String text) {
        return limited(text == null ? "" : text, REASON_LENGTH);
    }

    private static String limited(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}

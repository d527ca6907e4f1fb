package org.atriumcrm.core.mail.internal.inbox;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.atriumcrm.core.api.Activity;
import org.atriumcrm.core.api.ActivityDirection;
import org.atriumcrm.core.api.ActivityDraft;
import org.atriumcrm.core.api.ActivityService;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.ContentTooLargeException;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.mail.internal.delivery.DeliveryLog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files an incoming message once: an {@code email} activity on the timeline of each client it is from
 * (or, when the sender is no client, to), written by the client's responsible manager, with its text
 * and its files as attachments (a file core refuses, past {@code attachment.max.bytes} or of a type
 * not allowed, is left out and named in the activity); a message of no client goes to the unknown list.
 * A hard bounce of a message Atrium sent marks its delivery bounced instead.
 */
@Component(service = InboundFiling.class)
public class InboundFiling {

    static final String EMAIL = "email";
    private static final Logger LOG = LoggerFactory.getLogger(InboundFiling.class);
    private static final int SUBJECT_LENGTH = 200;
    private static final int TEXT_LENGTH = 4000;
    /** Larger messages of unknown senders are kept as their text alone */
    private static final int MAX_KEPT_BYTES = 64 * 1024 * 1024;

    private final InboxStore store;
    private final ActivityService activities;
    private final ClientsByAddress addressed;
    private final DeliveryLog deliveries;

    @Activate
    public InboundFiling(@Reference InboxStore store, @Reference ClientService clients, @Reference ActivityService activities,
            @Reference DeliveryLog deliveries) {
        this.store = store;
        this.deliveries = deliveries;
        this.activities = activities;
        this.addressed = new ClientsByAddress(clients);
    }

    /** @return whether this call filed the message (false: it was filed before, here or on another node) */
    public boolean file(InboundMessage message, byte[] raw) {
        if (store.claimed(message)) {
            return false;
        }
        Optional<DeliveryReports.Bounce> bounce = DeliveryReports.bounce(raw).filter(report -> deliveries.carried(report.messageId()));
        if (bounce.isPresent()) {
            return bounced(message, bounce.get());
        }
        List<AddressedClient> clients = addressed.of(message);
        if (clients.isEmpty()) {
            byte[] kept = raw.length <= MAX_KEPT_BYTES ? raw : null;
            boolean filed = store.fileOnce(message, InboundEntity.Outcome.UNKNOWN, em -> store.keepUnknown(em, message, kept));
            if (filed) {
                LOG.info("E-mail {} from {} matches no client; it is on the unknown list", message.messageId(), message.from());
            }
            return filed;
        }
        boolean filed = store.fileOnce(message, InboundEntity.Outcome.LOGGED, em -> clients.forEach(client -> log(message, client.client().id(),
                client.contactId(), client.direction(), client.client().responsibleManagerId())));
        if (filed) {
            LOG.info("E-mail {} logged on {} client(s)", message.messageId(), clients.size());
        }
        return filed;
    }

    /** A report of one of our own messages is the delivery log's, not a client's e-mail nor an unknown sender's. */
    private boolean bounced(InboundMessage message, DeliveryReports.Bounce bounce) {
        boolean filed = store.fileOnce(message, InboundEntity.Outcome.BOUNCE, em -> deliveries.bounced(bounce.messageId(), bounce.reason()));
        if (filed) {
            LOG.info("E-mail {} reports {} bounced: {}", message.messageId(), bounce.messageId(), bounce.reason());
        }
        return filed;
    }

    /** Logs the message as an inbound e-mail of the client, in the caller's transaction; answers the activity. */
    public Activity log(InboundMessage message, String clientId, String contactId, ActivityDirection direction, String authorId) {
        List<String> refused = new ArrayList<>();
        String text = message.text() == null ? "" : message.text();
        boolean cut = text.length() > TEXT_LENGTH;
        Activity activity = activities.log(new ActivityDraft(clientId, contactId, null, EMAIL, direction, subject(message),
                null, cut ? text.substring(0, TEXT_LENGTH - 1) + "…" : text, message.sentAt(), null, authorId, Map.of()));
        if (cut) {
            attach(activity, new InboundMessage.Part("message.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8)), refused);
        }
        message.attachments().forEach(part -> attach(activity, part, refused));
        if (refused.isEmpty()) {
            return activity;
        }
        String note = "Left out: " + String.join("; ", refused);
        return activities.update(activity.id(), new ActivityDraft(clientId, contactId, null, EMAIL, direction, activity.subject(),
                note.length() > 1000 ? note.substring(0, 999) + "…" : note, activity.result(), activity.occurredAt(), null,
                authorId, Map.of()), OptionalLong.empty());
    }

    private void attach(Activity activity, InboundMessage.Part part, List<String> refused) {
        try {
            activities.attach(activity.id(), part.fileName(), part.contentType(), new ByteArrayInputStream(part.content()));
        } catch (ContentTooLargeException e) {
            refused.add(part.fileName() + " (larger than attachments may be)");
        } catch (ValidationException e) {
            refused.add(part.fileName() + " (" + part.contentType() + " may not be attached)");
        }
    }

    private static String subject(InboundMessage message) {
        String subject = message.subject() == null || message.subject().isBlank() ? "(no subject)" : message.subject().strip();
        return subject.length() > SUBJECT_LENGTH ? subject.substring(0, SUBJECT_LENGTH - 1) + "…" : subject;
    }
}

package org.atriumcrm.core.spi;

import java.util.List;
import java.util.Optional;

import org.atriumcrm.core.api.Client;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A way to reach a client: e-mail, SMS, a messenger. Automation and campaigns pick a channel by
 * id and send through it; the channel decides which of the client's addresses it uses.
 */
@ConsumerType
public interface MessageChannel {

    /** Service property with the channel's id, for filtering. */
    String PROP_ID = "atrium.channel.id";

    /** {@code email}, {@code sms}, {@code telegram} … */
    String id();

    UiContribution.Label label();

    /** The client's address on this channel, if the client has one (an e-mail, a mobile number). */
    Optional<String> addressOf(Client client);

    /**
     * Sends one message.
     *
     * @return the provider's id of the message, to match delivery reports
     * @throws MessageNotSentException when the provider refuses or cannot be reached
     */
    String send(Message message);

    /**
     * One outgoing message; {@code subject} is ignored by channels without one.
     *
     * @param body        the plain text
     * @param html        the same as HTML, or {@code null}; channels without HTML send {@code body}
     * @param attachments files sent along, where the channel carries files
     * @param language    {@code en}, {@code es}, {@code ru}: the language the message is in, for what the
     *                    channel adds itself (the unsubscribe line of an e-mail); {@code null}: English
     * @since 1.6
     */
    record Message(String clientId, String address, String subject, String body, String html,
                   List<MessageAttachment> attachments, String language) {

        public Message {
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }

        /** A plain text message without files. */
        public Message(String clientId, String address, String subject, String body) {
            this(clientId, address, subject, body, null, List.of(), null);
        }
    }

    /** The message did not leave; {@link #retryable()} says whether trying later may help. */
    class MessageNotSentException extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final boolean retryable;

        public MessageNotSentException(String message, boolean retryable, Throwable cause) {
            super(message, cause);
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }
}

package org.atriumcrm.core.mail.internal.channel;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ContactPerson;
import org.atriumcrm.core.mail.internal.templates.Rendered;
import org.atriumcrm.core.mail.internal.templates.Template;
import org.atriumcrm.core.mail.internal.templates.TemplateChoice;
import org.atriumcrm.core.mail.internal.templates.TemplateRenderer;
import org.atriumcrm.core.mail.internal.templates.TemplateStore;
import org.atriumcrm.core.mail.internal.templates.TemplateValues;
import org.atriumcrm.core.mail.internal.templates.Variant;
import org.atriumcrm.core.spi.ActionType;
import org.atriumcrm.core.spi.MessageChannel;
import org.atriumcrm.core.spi.MessageChannel.Message;
import org.atriumcrm.core.spi.MessageChannel.MessageNotSentException;
import org.atriumcrm.core.spi.ParameterSpec;
import org.atriumcrm.core.spi.UiContribution.Label;

/**
 * What the send actions of every channel share: the template an action names, the recipient its
 * {@code to} names ({@code client}, {@code contact}: the contact the occurrence is about or else the
 * first contact the channel reaches, or a contact's id), and the template rendered in the client's language.
 */
final class TemplatedMessages {

    private static final String TO_CLIENT = "client";
    private static final String TO_CONTACT = "contact";

    /** The {@code to} parameter of every send action. */
    static final ParameterSpec TO = new ParameterSpec("to", Label.of("To (\"client\", \"contact\" or a contact's id)",
            "Para (\"client\", \"contact\" o un contacto)", "Кому (\"client\", \"contact\" или контакт)"),
            ParameterSpec.Type.TEXT, false);

    private TemplatedMessages() {
    }

    static Template template(TemplateStore templates, Map<String, String> arguments) {
        String id = arguments.get("template").strip();
        return templates.get(id).orElseThrow(() -> new IllegalArgumentException("template " + id + " does not exist"));
    }

    /** Whom a send action's {@code to} names, and their address on the channel. */
    record Recipient(Optional<ContactPerson> contact, String address) {
    }

    /**
     * The recipient {@code to} names: {@code client} (the default), {@code contact} (the contact the
     * occurrence is about, such as the one whose birthday it is; otherwise the first contact with an
     * address on the channel) or a contact's id.
     *
     * @param addressOfClient  the client's address on the channel
     * @param addressOfContact a contact's address on the channel
     * @param kind             what the address is, for the error when there is none ("e-mail address")
     */
    static Recipient recipient(Client client, Map<String, String> arguments, Function<Client, Optional<String>> addressOfClient,
                               Function<ContactPerson, Optional<String>> addressOfContact, String kind) {
        String to = arguments.getOrDefault("to", TO_CLIENT).strip();
        if (to.isEmpty() || to.equals(TO_CLIENT)) {
            return new Recipient(Optional.empty(), addressOfClient.apply(client)
                    .orElseThrow(() -> new IllegalArgumentException("no " + kind + " for " + TO_CLIENT)));
        }
        // "contact" of an occurrence about one contact (a birthday) is that contact, else the first reachable one
        String named = to.equals(TO_CONTACT) ? arguments.get(ActionType.ARG_TRIGGER_CONTACT_ID) : to;
        Optional<ContactPerson> contact = client.contacts().stream()
                .filter(person -> named == null ? addressOfContact.apply(person).isPresent() : named.equals(person.id()))
                .findFirst();
        return new Recipient(contact, contact.flatMap(addressOfContact)
                .orElseThrow(() -> new IllegalArgumentException("no " + kind + " for " + to)));
    }

    /**
     * Sends through the channel for a rule: a failure that may pass is thrown for the engine to retry,
     * any other fails the action.
     */
    static void send(MessageChannel channel, Message message) {
        try {
            channel.send(message);
        } catch (MessageNotSentException failed) {
            if (failed.retryable()) {
                throw failed;
            }
            throw new IllegalArgumentException("not sent: " + failed.getMessage(), failed);
        }
    }

    /** Rules run for the company, not for a user: no field is hidden from what they render. */
    static Rendered render(Client client, Template template, Optional<ContactPerson> contact, String defaultLanguage) {
        Map.Entry<String, Variant> variant = TemplateChoice.variant(template, TemplateValues.languageOf(client), defaultLanguage);
        return TemplateRenderer.render(variant.getKey(), variant.getValue(),
                TemplateValues.of(client, contact.or(() -> client.contacts().stream().findFirst()), Set.of()));
    }
}

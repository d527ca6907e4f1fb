package org.atriumcrm.core.mail.internal.channel;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ContactPerson;
import org.atriumcrm.core.mail.internal.templates.Rendered;
import org.atriumcrm.core.mail.internal.templates.Template;
import org.atriumcrm.core.mail.internal.templates.TemplateChoice;
import org.atriumcrm.core.mail.internal.templates.TemplateRenderer;
import org.atriumcrm.core.mail.internal.templates.TemplateStore;
import org.atriumcrm.core.mail.internal.templates.TemplateValues;
import org.atriumcrm.core.mail.internal.templates.Variant;
import org.atriumcrm.core.spi.MessageChannel;
import org.atriumcrm.core.spi.MessageChannel.Message;
import org.atriumcrm.core.spi.MessageChannel.MessageNotSentException;
import org.atriumcrm.core.spi.ParameterSpec;
import org.atriumcrm.core.spi.UiContribution.Label;

/**
 * What the send actions of every channel share: the template an action names, the recipient its
 * {@code to} names ({@code client}, {@code contact}: the first contact the channel reaches, or a
 * contact's id), and the template rendered in the client's language.
 */
final class TemplatedMessages {

    static final String TO_CLIENT = "client";
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

    /** {@code to} as given, {@code client} when not. */
    static String recipient(Map<String, String> arguments) {
        String to = arguments.getOrDefault("to", TO_CLIENT).strip();
        return to.isEmpty() ? TO_CLIENT : to;
    }

    /** The contact {@code to} names, if it names one; {@code reachable}: whether the channel reaches a contact. */
    static Optional<ContactPerson> contact(Client client, String to, Predicate<ContactPerson> reachable) {
        if (to.equals(TO_CONTACT)) {
            return client.contacts().stream().filter(reachable).findFirst();
        }
        return client.contacts().stream().filter(person -> to.equals(person.id())).findFirst();
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

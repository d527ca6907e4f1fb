package org.atriumcrm.core.mail.internal.channel;

import java.util.List;
import java.util.Map;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.mail.internal.MailConfiguration;
import org.atriumcrm.core.mail.internal.templates.Rendered;
import org.atriumcrm.core.mail.internal.templates.TemplateStore;
import org.atriumcrm.core.spi.ActionType;
import org.atriumcrm.core.spi.BaseActionType;
import org.atriumcrm.core.spi.MessageChannel.Message;
import org.atriumcrm.core.spi.ParameterSpec;
import org.atriumcrm.core.spi.UiContribution.Label;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code core.send-sms}: the text of a template, in the client's language, to the client's phone or
 * a contact's. As with e-mail, a gateway that may answer later makes it throw for the engine to
 * retry, a refusal fails the action, and an opted-out client is skipped.
 */
@Component(service = ActionType.class, property = ActionType.PROP_ID + "=" + SendSmsAction.ID,
        configurationPid = MailConfiguration.PID)
public class SendSmsAction extends BaseActionType {

    public static final String ID = "core.send-sms";

    private final ClientService clients;
    private final TemplateStore templates;
    private final SmsChannel channel;
    private volatile String defaultLanguage;

    @Activate
    public SendSmsAction(@Reference ClientService clients, @Reference TemplateStore templates, @Reference SmsChannel channel,
            MailConfiguration configuration) {
        super(ID, Label.of("Send an SMS", "Enviar un SMS", "Отправить SMS"),
                new ParameterSpec("template", Label.of("Template id (its text is sent)", "Plantilla (se envía su texto)",
                        "Шаблон (отправляется его текст)"), ParameterSpec.Type.TEXT, true), TemplatedMessages.TO);
        this.clients = clients;
        this.templates = templates;
        this.channel = channel;
        modified(configuration);
    }

    @Modified
    void modified(MailConfiguration configuration) {
        this.defaultLanguage = configuration.default_language();
    }

    @Override
    protected String run(String clientId, Map<String, String> arguments) {
        Client client = clients.get(clientId).orElseThrow(() -> new IllegalArgumentException("client " + clientId + " is gone"));
        if (channel.optedOut(clientId)) {
            return "not sent: the client opted out of SMS";
        }
        TemplatedMessages.Recipient to = TemplatedMessages.recipient(client, arguments, channel::addressOf,
                person -> channel.number(person.phones()), "phone number");
        Rendered rendered = TemplatedMessages.render(client, TemplatedMessages.template(templates, arguments), to.contact(),
                defaultLanguage);
        if (rendered.text() == null || rendered.text().isBlank()) {
            throw new IllegalArgumentException("the template has no text in " + rendered.language() + ": an SMS carries text only");
        }
        String text = rendered.text().strip();
        TemplatedMessages.send(channel, new Message(clientId, to.address(), null, text, null, List.of(), rendered.language()));
        return "SMS (" + rendered.language() + ", " + text.length() + " characters) sent to " + to.address();
    }
}

package org.atriumcrm.core.mail.internal.channel;

import java.util.List;
import java.util.Map;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.mail.internal.MailConfiguration;
import org.atriumcrm.core.mail.internal.templates.Rendered;
import org.atriumcrm.core.mail.internal.templates.Template;
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
 * {@code core.send-email}: renders a template in the client's language and sends it to the client's
 * e-mail or a contact's. The rule engine runs it after the commit; a server that is away makes it
 * throw, so the engine retries with back-off; an opted-out client is skipped, which is done.
 */
@Component(service = ActionType.class, property = ActionType.PROP_ID + "=" + SendEmailAction.ID,
        configurationPid = MailConfiguration.PID)
public class SendEmailAction extends BaseActionType {

    public static final String ID = "core.send-email";

    private final ClientService clients;
    private final TemplateStore templates;
    private final EmailChannel channel;
    private volatile String defaultLanguage;

    @Activate
    public SendEmailAction(@Reference ClientService clients, @Reference TemplateStore templates, @Reference EmailChannel channel,
            MailConfiguration configuration) {
        super(ID, Label.of("Send an e-mail", "Enviar un correo", "Отправить письмо"),
                new ParameterSpec("template", Label.of("Template id", "Plantilla", "Шаблон"), ParameterSpec.Type.TEXT, true), TemplatedMessages.TO);
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
            return "not sent: the client opted out of e-mail";
        }
        Template template = TemplatedMessages.template(templates, arguments);
        TemplatedMessages.Recipient to = TemplatedMessages.recipient(client, arguments, channel::addressOf,
                person -> person.emails().stream().filter(email -> !email.isBlank()).findFirst(), "e-mail address");
        Rendered rendered = TemplatedMessages.render(client, template, to.contact(), defaultLanguage);
        TemplatedMessages.send(channel, new Message(clientId, to.address(), rendered.subject(), rendered.text() == null ? "" : rendered.text(),
                    rendered.html(), List.of(), rendered.language()));
        return "e-mail \"" + rendered.subject() + "\" (" + rendered.language() + ") sent to " + to.address();
    }
}

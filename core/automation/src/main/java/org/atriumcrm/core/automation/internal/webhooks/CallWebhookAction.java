package org.atriumcrm.core.automation.internal.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.atriumcrm.core.automation.internal.engine.RecordFacts;
import org.atriumcrm.core.automation.internal.engine.RuleAction;
import org.atriumcrm.core.spi.ParameterSpec;
import org.atriumcrm.core.spi.UiContribution.Label;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code core.call-webhook}: sends the record that fired the rule to a webhook, as a delivery of its
 * own (signed, retried and logged like every other), under the event name the rule gives
 * ({@code rule} by default). The action is done once the delivery is queued; sending is the hook's.
 */
@Component(service = RuleAction.class)
public class CallWebhookAction implements RuleAction {

    static final String ID = "core.call-webhook";
    static final String DEFAULT_EVENT = "rule";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            new ParameterSpec("webhookId", Label.of("Webhook", "Webhook", "Вебхук"), ParameterSpec.Type.TEXT, true),
            new ParameterSpec("event", Label.of("Event name sent (default \"rule\")", "Nombre del evento (por defecto \"rule\")",
                    "Имя события (по умолчанию \"rule\")"), ParameterSpec.Type.TEXT, false));

    private final WebhookStore hooks;
    private final DeliveryQueue queue;

    @Activate
    public CallWebhookAction(@Reference WebhookStore hooks, @Reference DeliveryQueue queue) {
        this.hooks = hooks;
        this.queue = queue;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Label label() {
        return Label.of("Call a webhook", "Llamar a un webhook", "Вызвать вебхук");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public String perform(RecordFacts record, Map<String, String> arguments) {
        String webhookId = arguments.getOrDefault("webhookId", "").strip();
        Webhook hook = hooks.get(webhookId)
                .orElseThrow(() -> new IllegalArgumentException("there is no webhook " + webhookId));
        if (!hook.enabled()) {
            throw new IllegalArgumentException("webhook " + webhookId + " is disabled");
        }
        String event = arguments.getOrDefault("event", "").strip();
        if (event.isEmpty()) {
            event = DEFAULT_EVENT;
        }
        String delivery = queue.enqueue(hook, event, record.type(), record.id(), record.fields(), Instant.now());
        return "delivery " + delivery + " queued for webhook " + webhookId;
    }
}

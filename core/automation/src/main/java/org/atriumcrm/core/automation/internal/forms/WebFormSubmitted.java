package org.atriumcrm.core.automation.internal.forms;

import java.util.Map;

import org.atriumcrm.core.spi.BaseTriggerType;
import org.atriumcrm.core.spi.ParameterSpec;
import org.atriumcrm.core.spi.TriggerType;
import org.atriumcrm.core.spi.UiContribution.Label;
import org.osgi.service.component.annotations.Component;

/**
 * {@code webform.submitted}: a web form's submission was accepted, for the client it created or matched;
 * with {@code formId}, only that form's. A trigger like a module's, so the engine needs nothing of its own.
 */
@Component(service = TriggerType.class, property = TriggerType.PROP_ID + "=" + WebFormSubmitted.ID)
public class WebFormSubmitted extends BaseTriggerType {

    public static final String ID = "webform.submitted";
    static final String FORM_ID = "formId";

    public WebFormSubmitted() {
        super(ID, Label.of("Web form submitted", "Formulario web enviado", "Отправлена веб-форма"), WebFormEvents.SUBMITTED,
                new ParameterSpec(FORM_ID, Label.of("Form id (empty: any form)", "Formulario (vacío: cualquiera)",
                        "Форма (пусто: любая)"), ParameterSpec.Type.TEXT, false));
    }

    @Override
    public boolean fires(Map<String, Object> event, Map<String, String> arguments) {
        String formId = arguments.get(FORM_ID);
        return event.get(CLIENT_ID) != null
                && (formId == null || formId.isBlank() || formId.strip().equals(event.get(WebFormEvents.PROP_FORM_ID)));
    }
}

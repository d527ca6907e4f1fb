package org.atriumcrm.fitness.internal;

import java.util.Map;

import org.atriumcrm.core.spi.BaseTriggerType;
import org.atriumcrm.core.spi.ParameterSpec;
import org.atriumcrm.core.spi.TriggerType;
import org.atriumcrm.core.spi.UiContribution.Label;
import org.osgi.service.component.annotations.Component;

/** "Member's stage changed", optionally to one stage ({@code stage}: ADAPTATION, ACTIVE, DECLINING, EXPIRING, LAPSED). */
@Component(service = TriggerType.class, property = TriggerType.PROP_ID + "=" + StageChangedTrigger.ID)
public class StageChangedTrigger extends BaseTriggerType {

    static final String ID = ModuleDescriptor.ID + ".stage-changed";
    static final String STAGE = "stage";

    public StageChangedTrigger() {
        super(ID, Label.of("Member's stage changed", "Cambio de etapa del socio", "Смена этапа клиента"), FitnessEvents.STAGE_CHANGED,
                new ParameterSpec(STAGE, Label.of("To stage", "A la etapa", "На этап"), ParameterSpec.Type.TEXT, false));
    }

    @Override
    public boolean fires(Map<String, Object> event, Map<String, String> arguments) {
        String wanted = arguments.get(STAGE);
        return super.fires(event, arguments)
                && (wanted == null || wanted.isBlank() || wanted.strip().equalsIgnoreCase(String.valueOf(event.get(FitnessEvents.PROP_STAGE))));
    }
}

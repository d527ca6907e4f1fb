package org.atriumcrm.fitness.internal;

import java.util.Map;

import org.atriumcrm.core.spi.BaseTriggerType;
import org.atriumcrm.core.spi.ParameterSpec;
import org.atriumcrm.core.spi.TriggerType;
import org.atriumcrm.core.spi.UiContribution.Label;
import org.osgi.service.component.annotations.Component;

/** "No visit for N days": fires on the day a member's last visit is {@code days} days ago. */
@Component(service = TriggerType.class, property = TriggerType.PROP_ID + "=" + NoVisitTrigger.ID)
public class NoVisitTrigger extends BaseTriggerType {

    static final String ID = ModuleDescriptor.ID + ".no-visit";
    static final String DAYS = "days";

    public NoVisitTrigger() {
        super(ID, Label.of("No visit for N days", "Sin visitas durante N días", "Нет посещений N дней"), FitnessEvents.NO_VISIT,
                new ParameterSpec(DAYS, Label.of("Days without a visit", "Días sin visita", "Дней без посещений"), ParameterSpec.Type.DAYS, true));
    }

    @Override
    public boolean fires(Map<String, Object> event, Map<String, String> arguments) {
        return super.fires(event, arguments) && TriggerArguments.sameNumber(event, FitnessEvents.PROP_DAYS_SINCE_VISIT, arguments, DAYS);
    }
}

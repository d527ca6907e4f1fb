package org.atriumcrm.fitness.internal;

import java.util.Map;

import org.atriumcrm.core.spi.BaseTriggerType;
import org.atriumcrm.core.spi.ParameterSpec;
import org.atriumcrm.core.spi.TriggerType;
import org.atriumcrm.core.spi.UiContribution.Label;
import org.osgi.service.component.annotations.Component;

/**
 * "Pack balance low": fires when a pack visit leaves {@code visits} visits (any low balance when the
 * argument is absent; "low" is the module's {@code pack.low.visits} setting).
 */
@Component(service = TriggerType.class, property = TriggerType.PROP_ID + "=" + PackBalanceLowTrigger.ID)
public class PackBalanceLowTrigger extends BaseTriggerType {

    static final String ID = ModuleDescriptor.ID + ".pack-balance-low";
    static final String VISITS = "visits";

    public PackBalanceLowTrigger() {
        super(ID, Label.of("Pack balance low", "Quedan pocas visitas del bono", "Заканчиваются посещения"), FitnessEvents.PACK_BALANCE_LOW,
                new ParameterSpec(VISITS, Label.of("Visits left", "Visitas restantes", "Осталось посещений"), ParameterSpec.Type.NUMBER, false));
    }

    @Override
    public boolean fires(Map<String, Object> event, Map<String, String> arguments) {
        String wanted = arguments.get(VISITS);
        return super.fires(event, arguments)
                && (wanted == null || wanted.isBlank() || TriggerArguments.sameNumber(event, FitnessEvents.PROP_VISITS_LEFT, arguments, VISITS));
    }
}

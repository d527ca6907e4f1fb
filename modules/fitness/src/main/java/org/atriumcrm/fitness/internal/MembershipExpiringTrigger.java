package org.atriumcrm.fitness.internal;

import java.util.Map;

import org.atriumcrm.core.spi.BaseTriggerType;
import org.atriumcrm.core.spi.ParameterSpec;
import org.atriumcrm.core.spi.TriggerType;
import org.atriumcrm.core.spi.UiContribution.Label;
import org.osgi.service.component.annotations.Component;

/** "Membership expiring in N days": fires on the day the member's current membership has {@code days} days left. */
@Component(service = TriggerType.class, property = TriggerType.PROP_ID + "=" + MembershipExpiringTrigger.ID)
public class MembershipExpiringTrigger extends BaseTriggerType {

    static final String ID = ModuleDescriptor.ID + ".membership-expiring";
    static final String DAYS = "days";

    public MembershipExpiringTrigger() {
        super(ID, Label.of("Membership expiring in N days", "Membresía vence en N días", "Абонемент истекает через N дней"),
                FitnessEvents.MEMBERSHIP_EXPIRING,
                new ParameterSpec(DAYS, Label.of("Days before the end", "Días antes del fin", "Дней до окончания"), ParameterSpec.Type.DAYS, true));
    }

    @Override
    public boolean fires(Map<String, Object> event, Map<String, String> arguments) {
        return super.fires(event, arguments) && TriggerArguments.sameNumber(event, FitnessEvents.PROP_DAYS_LEFT, arguments, DAYS);
    }
}

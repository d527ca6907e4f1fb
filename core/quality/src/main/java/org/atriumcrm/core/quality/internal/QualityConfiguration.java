package org.atriumcrm.core.quality.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of data quality, PID {@value #PID}; defaults shipped as {@code etc/org.atriumcrm.quality.cfg}.
 * The phone region and area code are read from {@code org.atriumcrm.core} (merged over this PID).
 */
@ObjectClassDefinition(name = "Atrium CRM data quality", description = "Normalisation defaults and duplicate thresholds")
@interface QualityConfiguration {

    String PID = "org.atriumcrm.quality";

    @AttributeDefinition(name = "Default phone region",
            description = "Set it in org.atriumcrm.core: ISO 3166 region of phones typed without a country code when the "
                    + "client's country does not read them, e.g. RU, ES, GB; here it counts only while org.atriumcrm.core has none")
    String phone_default_region() default QualitySettings.DEFAULT_REGION;

    @AttributeDefinition(name = "Default area code",
            description = "Set it in org.atriumcrm.core: digits put before local numbers too short to be national, e.g. 812 "
                    + "for St Petersburg; empty for none; here it counts only while org.atriumcrm.core has none",
            required = false)
    String phone_default_area_code() default "";

    @AttributeDefinition(name = "More public mail providers",
            description = "Mail domains, separated by commas, whose addresses do not tell the client's company domain "
                    + "(the common ones are built in)", required = false)
    String mail_public_domains() default "";

    @AttributeDefinition(name = "Strong match", description = "Score from which a candidate is almost surely the same client (0..1)")
    double match_strong_threshold() default MatchRules.STRONG;

    @AttributeDefinition(name = "Possible match", description = "Score from which a candidate is shown as a possible duplicate (0..1)")
    double match_possible_threshold() default MatchRules.POSSIBLE;
}

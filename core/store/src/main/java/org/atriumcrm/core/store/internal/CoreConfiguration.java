package org.atriumcrm.core.store.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the core, PID {@value #PID}; defaults shipped as {@code etc/org.atriumcrm.core.cfg}. */
@ObjectClassDefinition(name = "Atrium CRM core", description = "Defaults of the core client model")
@interface CoreConfiguration {

    String PID = "org.atriumcrm.core";

    @AttributeDefinition(name = "Default phone region",
            description = "ISO 3166 region that phones typed without a country code belong to, e.g. RU, ES, GB")
    String phone_default_region() default "RU";

    @AttributeDefinition(name = "Default area code",
            description = "Digits put before local numbers too short to be national, e.g. 812 for St Petersburg; empty for none",
            required = false)
    String phone_default_area_code() default "";
}

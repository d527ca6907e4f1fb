package org.atriumcrm.core.admin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ModuleFeatureTest {

    @Test
    void theModuleIdOfAnAtriumModuleCapability() {
        assertEquals(Optional.of("fitness"), ModuleFeature.moduleId("atrium.module;id=fitness"));
        assertEquals(Optional.of("real-estate"), ModuleFeature.moduleId(" atrium.module; vertical=property; id:String=\"real-estate\""));
    }

    @Test
    void otherCapabilitiesAreNoModules() {
        assertEquals(Optional.empty(), ModuleFeature.moduleId("osgi.service;objectClass=javax.sql.DataSource"));
        assertEquals(Optional.empty(), ModuleFeature.moduleId("atrium.modules;id=x"));
        assertEquals(Optional.empty(), ModuleFeature.moduleId("atrium.module;name=fitness"));
        assertEquals(Optional.empty(), ModuleFeature.moduleId(null));
    }
}

package org.atriumcrm.core.spi;

import java.util.List;

import org.atriumcrm.core.api.ActivityType;
import org.osgi.annotation.versioning.ConsumerType;

/** Adds activity types (a class visit, a viewing, a call with recording) while the module is installed. */
@ConsumerType
public interface ActivityTypeProvider {

    /** Types with ids prefixed by the module id and {@code source} set to it. */
    List<ActivityType> activityTypes();
}

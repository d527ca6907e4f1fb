package org.atriumcrm.core.api.security;

import java.util.List;

import org.atriumcrm.core.spi.Section;
import org.osgi.annotation.versioning.ProviderType;

/** The sections roles grant access to now: core's and those of every installed module. */
@ProviderType
public interface Sections {

    String CLIENTS = "clients";
    String ACTIVITIES = "activities";
    String TASKS = "tasks";
    String OPPORTUNITIES = "opportunities";
    /** Pipelines and custom fields: everyone reads them, admins change them. */
    String SETTINGS = "settings";
    /** Workflow rules and their run log. */
    String AUTOMATION = "automation";
    /** Users, roles, modules and the whole audit trail. */
    String ADMIN = "admin";

    List<Section> all();
}

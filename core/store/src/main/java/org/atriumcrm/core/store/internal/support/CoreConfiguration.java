package org.atriumcrm.core.store.internal.support;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the core, PID {@value #PID}; defaults shipped as {@code etc/org.atriumcrm.core.cfg}. */
@ObjectClassDefinition(name = "Atrium CRM core", description = "Defaults of the core client model")
public @interface CoreConfiguration {

    String PID = "org.atriumcrm.core";

    // The two phone settings are read by core/quality's Normalizer, through which every phone core
    // stores, searches and matches goes; they are described here, with the rest of the PID.

    @AttributeDefinition(name = "Default phone region",
            description = "ISO 3166 region of phones typed without a country code that the client's country does not read, "
                    + "e.g. RU, ES, GB")
    String phone_default_region() default "RU";

    @AttributeDefinition(name = "Default area code",
            description = "Digits put before local numbers too short to be national, e.g. 812 for St Petersburg; empty for none",
            required = false)
    String phone_default_area_code() default "";

    @AttributeDefinition(name = "Reminder check period", description = "Seconds between two looks for due task reminders")
    long task_reminder_period_seconds() default 30;

    @AttributeDefinition(name = "Largest attachment", description = "Bytes; larger uploads are refused whole")
    long attachment_max_bytes() default 20L * 1024 * 1024;

    @AttributeDefinition(name = "Attachment types",
            description = "Media types that may be attached, separated by commas; a type ending in /* or .* allows its family")
    String attachment_content_types() default "application/pdf, image/*, audio/*, text/plain, text/csv, "
            + "application/msword, application/vnd.ms-excel, application/vnd.openxmlformats-officedocument.*, "
            + "application/vnd.oasis.opendocument.*";

    @AttributeDefinition(name = "Attachment folder",
            description = "Where attachment files are kept; empty for data/atrium/attachments of Karaf", required = false)
    String attachment_directory() default "";

    @AttributeDefinition(name = "Duplicate scan hour",
            description = "Hour of the day (0 to 23, server time) at which the whole base is scanned for duplicates")
    int duplicates_scan_hour() default 3;

    @AttributeDefinition(name = "Dead souls: months without activity",
            description = "A client with no change, activity, deal or task for this many months may be a dead soul")
    int dead_souls_inactive_months() default 12;

    @AttributeDefinition(name = "Dead souls: most contact points",
            description = "A client inactive that long is a dead soul when it has at most this many ways to reach it: "
                    + "phones, e-mails, contact persons and legal entities with a tax id, together")
    int dead_souls_max_contact_points() default 1;
}

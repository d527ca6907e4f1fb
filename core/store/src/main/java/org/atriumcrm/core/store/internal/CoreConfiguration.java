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
}

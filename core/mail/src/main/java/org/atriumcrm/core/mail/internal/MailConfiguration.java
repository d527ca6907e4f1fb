package org.atriumcrm.core.mail.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** {@code etc/org.atriumcrm.mail.cfg}: the SMTP server, the sender, and the unsubscribe links. */
@ObjectClassDefinition(name = "Atrium e-mail", description = "The SMTP server e-mail is sent through, the sender and the unsubscribe links")
public @interface MailConfiguration {

    String PID = "org.atriumcrm.mail";

    @AttributeDefinition(description = "SMTP server host")
    String smtp_host() default "localhost";

    @AttributeDefinition(description = "SMTP server port: 25 or 587 with STARTTLS, 465 with SSL")
    int smtp_port() default 25;

    @AttributeDefinition(description = "How the connection is protected", options = {
            @Option(value = "NONE", label = "none"), @Option(value = "STARTTLS", label = "STARTTLS (required)"),
            @Option(value = "SSL", label = "SSL/TLS from the start")})
    String smtp_security() default "NONE";

    @AttributeDefinition(description = "User to authenticate as; empty: no authentication", required = false)
    String smtp_user() default "";

    @AttributeDefinition(description = "Password of the SMTP user", type = AttributeType.PASSWORD, required = false)
    String smtp_password() default "";

    @AttributeDefinition(description = "Connect, read and write timeout in milliseconds")
    int smtp_timeout_ms() default 10000;

    @AttributeDefinition(description = "Sender address of every e-mail")
    String from_address() default "atrium@localhost";

    @AttributeDefinition(description = "Sender name shown beside the address", required = false)
    String from_name() default "Atrium CRM";

    @AttributeDefinition(description = "Language of the template variant for clients without a language of their own (en, es, ru)")
    String default_language() default "en";

    @AttributeDefinition(description = "Public address of this installation, the start of unsubscribe links, e.g. https://crm.example.com")
    String public_url() default "http://localhost:8181";

    @AttributeDefinition(description = "Unsubscribe requests one address may make per minute")
    int unsubscribe_rate_per_minute() default 10;
}

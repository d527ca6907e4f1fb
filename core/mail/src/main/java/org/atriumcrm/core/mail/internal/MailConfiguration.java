package org.atriumcrm.core.mail.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** {@code etc/org.atriumcrm.mail.cfg}: the SMTP server, the sender, the unsubscribe links, and the shared mailbox read over IMAP. */
@ObjectClassDefinition(name = "Atrium e-mail", description = "The SMTP server e-mail is sent through, the sender, the unsubscribe links and the shared mailbox read over IMAP")
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

    @AttributeDefinition(description = "IMAP server of the shared mailbox; empty: no mailbox is read", required = false)
    String imap_host() default "";

    @AttributeDefinition(description = "IMAP server port: 143, or 993 with SSL")
    int imap_port() default 143;

    @AttributeDefinition(description = "How the IMAP connection is protected", options = {
            @Option(value = "NONE", label = "none"), @Option(value = "STARTTLS", label = "STARTTLS (required)"),
            @Option(value = "SSL", label = "SSL/TLS from the start")})
    String imap_security() default "NONE";

    @AttributeDefinition(description = "User of the shared mailbox", required = false)
    String imap_user() default "";

    @AttributeDefinition(description = "Password of the shared mailbox", type = AttributeType.PASSWORD, required = false)
    String imap_password() default "";

    @AttributeDefinition(description = "Folder whose messages are logged")
    String imap_folder() default "INBOX";

    @AttributeDefinition(description = "Seconds between two readings of the mailbox")
    int imap_poll_interval_seconds() default 60;

    @AttributeDefinition(description = "Connect and read timeout of the IMAP server in milliseconds")
    int imap_timeout_ms() default 20000;
}

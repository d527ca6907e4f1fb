package org.atriumcrm.core.mail.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * {@code etc/org.atriumcrm.sms.cfg}: the HTTP gateway SMS are sent through. Any provider with an
 * HTTP API fits: the request body is a template of the provider's format.
 */
@ObjectClassDefinition(name = "Atrium SMS", description = "The HTTP gateway SMS are sent through")
public @interface SmsConfiguration {

    String PID = "org.atriumcrm.sms";

    @AttributeDefinition(description = "URL the gateway takes messages at (POST); empty: no SMS are sent", required = false)
    String gateway_url() default "";

    @AttributeDefinition(description = "Header that authenticates to the gateway, e.g. Authorization", required = false)
    String auth_header_name() default "Authorization";

    @AttributeDefinition(description = "Its value, e.g. Bearer <key>; empty: no such header", type = AttributeType.PASSWORD,
            required = false)
    String auth_header_value() default "";

    @AttributeDefinition(description = "Content type of the request body; values are escaped for JSON, for a form"
            + " (application/x-www-form-urlencoded) or not at all")
    String content_type() default "application/json";

    @AttributeDefinition(description = "Request body as a Mustache template with {{to}}, {{from}} and {{text}}")
    String body_template() default "{\"to\":\"{{to}}\",\"from\":\"{{from}}\",\"text\":\"{{text}}\"}";

    @AttributeDefinition(description = "Sender name or number, as the gateway allows it")
    String sender() default "Atrium";

    @AttributeDefinition(description = "JSON pointer to the message's id in the gateway's answer", required = false)
    String message_id_pointer() default "/id";

    @AttributeDefinition(description = "Connect and answer timeout in milliseconds")
    int timeout_ms() default 10000;
}

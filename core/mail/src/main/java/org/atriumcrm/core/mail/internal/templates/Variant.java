package org.atriumcrm.core.mail.internal.templates;

/**
 * A template in one language: a subject, a plain text body and an HTML body (either body may be
 * absent, not both), each with Mustache placeholders such as {@code {{client.name}}}.
 */
public record Variant(String subject, String text, String html) {
}

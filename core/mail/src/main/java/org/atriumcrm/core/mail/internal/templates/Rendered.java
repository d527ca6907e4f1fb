package org.atriumcrm.core.mail.internal.templates;

/** A template rendered for one client in one language; {@code text} or {@code html} may be null. */
public record Rendered(String language, String subject, String text, String html) {
}

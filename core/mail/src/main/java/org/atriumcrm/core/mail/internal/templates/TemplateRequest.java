package org.atriumcrm.core.mail.internal.templates;

import java.util.Map;

/** A template as a client sends it: a name and its variants by language ({@code en}, {@code es}, {@code ru}). */
public record TemplateRequest(String name, Map<String, Variant> variants) {
}

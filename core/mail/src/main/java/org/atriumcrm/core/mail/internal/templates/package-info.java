/** Message templates: variants per language, checked and rendered by a logic-less, escaping Mustache engine. */
package org.atriumcrm.core.mail.internal.templates;

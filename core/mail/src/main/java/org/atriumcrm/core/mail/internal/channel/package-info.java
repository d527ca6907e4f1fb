/** The e-mail channel over SMTP, the rule action that sends a template, and signed unsubscribe tokens. */
package org.atriumcrm.core.mail.internal.channel;

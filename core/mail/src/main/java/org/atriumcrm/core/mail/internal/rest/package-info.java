/** {@code /api/automation/templates} and the public unsubscribe link. */
package org.atriumcrm.core.mail.internal.rest;

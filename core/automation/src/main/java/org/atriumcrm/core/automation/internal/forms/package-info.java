/**
 * Public web forms: their definitions ({@code FormStore}, checked by {@code FormValidator}), the
 * embeddable snippet ({@code FormSnippet}), what a public submission goes through before anything is
 * written (rate limits in {@code TokenBuckets}, the sender's address in {@code ClientAddress}, the body
 * in {@code SubmissionBody}, its values in {@code SubmissionValidator}), and {@code WebLeads}, which turns
 * an accepted submission into a client or an activity of the client it matches and fires the trigger
 * {@code webform.submitted} ({@code WebFormSubmitted}).
 */
package org.atriumcrm.core.automation.internal.forms;

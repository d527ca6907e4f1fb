/**
 * Automation's part of "what to do now", as {@code NextActionSource}s: birthdays today of contacts of
 * the user's clients ({@code BirthdayActions}, on core's {@code DateQueries}), the user's deals stuck in
 * their stage ({@code StuckDealActions}) and unanswered web leads ({@code WebLeadActions}).
 * Internal to the bundle.
 */
package org.atriumcrm.core.automation.internal.nextactions;

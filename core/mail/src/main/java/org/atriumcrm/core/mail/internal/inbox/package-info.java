/**
 * Incoming e-mail: the shared mailbox read over IMAP on a clustered Quartz schedule
 * ({@code MailboxScheduler}, {@code MailboxReader}), each message parsed once ({@code InboundMessages},
 * HTML read as text by {@code HtmlText}) and filed by {@code InboundFiling}: an {@code email} activity
 * on the timeline of every client whose address it is from or to, claimed by its Message-ID in the
 * database, or the list of unknown senders ({@code InboxStore}) a manager files later.
 */
package org.atriumcrm.core.mail.internal.inbox;

/**
 * A user's calendar feed: its secret ({@code FeedSecrets}, kept as a SHA-256), what it holds
 * ({@code FeedContents}: the user's open tasks and its meetings, as far as the user's own roles reach
 * them now) and the iCalendar written from that by biweekly ({@code FeedCalendar}).
 */
package org.atriumcrm.core.calendar.internal.feed;

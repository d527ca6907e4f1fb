/** {@code /api/calendar/feed} for the signed-in user's own feed, and the public feed address {@code /api/calendar/{secret}.ics}. */
package org.atriumcrm.core.calendar.internal.rest;

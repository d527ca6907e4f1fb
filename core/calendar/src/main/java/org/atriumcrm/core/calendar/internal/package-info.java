/** The calendar bundle's configuration and schema; the feed and its REST resources live in sub-packages. */
package org.atriumcrm.core.calendar.internal;

/**
 * Time-based triggers: a deal left in its stage for some days ({@code opportunity.stuck}) and a date
 * reached with an offset ({@code date.reached}). {@code TimeTriggerSweep} finds what has come due when
 * the scheduler fires its sweep and fires each rule once per occurrence; {@code DateOccurrences} says
 * which day a date is reached and which dates to look for.
 */
package org.atriumcrm.core.automation.internal.timed;

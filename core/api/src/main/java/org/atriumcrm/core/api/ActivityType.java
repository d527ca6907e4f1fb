package org.atriumcrm.core.api;

/**
 * A kind of activity: core has call, e-mail, meeting, visit, SMS, chat, note and complaint;
 * modules add their own through {@code org.atriumcrm.core.spi.ActivityTypeProvider}.
 *
 * @param id     stable, lower case; a module's ids start with its module id, e.g. {@code fitness.class-visit}
 * @param source {@code core} or the id of the module that provides it
 */
public record ActivityType(String id, String label, String source) {
}

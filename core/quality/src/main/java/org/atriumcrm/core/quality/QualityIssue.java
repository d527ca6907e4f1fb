package org.atriumcrm.core.quality;

/**
 * One piece of bad data in a client.
 *
 * @param field   the field as the client sends it, e.g. {@code phones[1]}, {@code legalEntities[0].inn}
 * @param type    what is wrong
 * @param message a short English sentence for logs and the API; the UI words it from {@code type}
 * @param value   the value as found
 * @param fix     the suggested fix, or {@code null} when none can be guessed
 */
public record QualityIssue(String field, QualityIssueType type, String message, String value, SuggestedFix fix) {
}

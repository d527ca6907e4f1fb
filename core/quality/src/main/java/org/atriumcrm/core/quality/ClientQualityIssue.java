package org.atriumcrm.core.quality;

/**
 * A stored {@link QualityIssue} with the client it belongs to, as the bad-data report lists it.
 *
 * @param clientId   the client
 * @param clientName its name, to show without reading the client
 * @param field      see {@link QualityIssue#field()}
 * @param type       see {@link QualityIssue#type()}
 * @param message    see {@link QualityIssue#message()}
 * @param value      see {@link QualityIssue#value()}
 * @param fix        see {@link QualityIssue#fix()}; {@code null} when none can be guessed
 */
public record ClientQualityIssue(String clientId, String clientName, String field, QualityIssueType type, String message,
                                 String value, SuggestedFix fix) {

    public ClientQualityIssue(String clientId, String clientName, QualityIssue issue) {
        this(clientId, clientName, issue.field(), issue.type(), issue.message(), issue.value(), issue.fix());
    }
}

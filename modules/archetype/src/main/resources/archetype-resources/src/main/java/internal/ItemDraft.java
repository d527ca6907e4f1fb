package ${package}.internal;

/** What a client of the API sends to create an item. */
public record ItemDraft(String clientId, String title, String note) {
}

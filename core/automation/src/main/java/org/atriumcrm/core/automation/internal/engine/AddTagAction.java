package org.atriumcrm.core.automation.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.spi.ParameterSpec;
import org.atriumcrm.core.spi.UiContribution.Label;

/** {@code core.add-tag}: adds a tag to the record's client, once; its other data stays as it is. */
final class AddTagAction implements RuleAction {

    static final String ID = "core.add-tag";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            new ParameterSpec("tag", Label.of("Tag", "Etiqueta", "Тег"), ParameterSpec.Type.TEXT, true));

    private final ClientChanges changes;

    AddTagAction(ClientChanges changes) {
        this.changes = changes;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Label label() {
        return Label.of("Add a tag", "Añadir una etiqueta", "Добавить тег");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public String perform(RecordFacts record, Map<String, String> arguments) {
        String tag = arguments.get("tag").strip();
        boolean added = changes.change(record, client -> withTag(client, tag));
        return added ? "tag " + tag + " on client " + record.clientId() : there(record, tag);
    }

    @Override
    public Optional<String> doneAlready(RecordFacts record, Map<String, String> arguments) {
        String tag = arguments.get("tag").strip();
        return ClientChanges.unchanged(record, client -> withTag(client, tag)) ? Optional.of(there(record, tag)) : Optional.empty();
    }

    private static String there(RecordFacts record, String tag) {
        return "tag already there: " + tag + " on client " + record.clientId();
    }

    private static Optional<ClientDraft> withTag(Client client, String tag) {
        if (client.tags().stream().anyMatch(present -> present.equalsIgnoreCase(tag))) {
            return Optional.empty();
        }
        List<String> tags = new ArrayList<>(client.tags());
        tags.add(tag);
        return Optional.of(ClientChanges.with(client, tags, client.status(), client.source(), client.responsibleManagerId(),
                client.customFields()));
    }
}

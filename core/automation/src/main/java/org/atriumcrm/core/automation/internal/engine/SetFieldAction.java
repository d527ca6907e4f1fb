package org.atriumcrm.core.automation.internal.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.CustomFieldService;
import org.atriumcrm.core.api.CustomFieldType;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.spi.ParameterSpec;
import org.atriumcrm.core.spi.UiContribution.Label;

/**
 * {@code core.set-field}: sets one field of the record's client ({@code status}, {@code source},
 * {@code responsibleManagerId}, {@code language} or {@code customFields.<key>}); its other data stays as it is.
 */
final class SetFieldAction implements RuleAction {

    static final String ID = "core.set-field";
    static final String CUSTOM = "customFields.";
    /** The client's language is its custom field {@code language}, as templates read it. */
    static final String LANGUAGE = "language";
    /** Archiving has its own way (it keeps the status before); rules set the statuses of the lifecycle. */
    static final Set<LifecycleStatus> STATUSES = Set.of(LifecycleStatus.LEAD, LifecycleStatus.ACTIVE, LifecycleStatus.REGULAR,
            LifecycleStatus.LOST);

    private static final List<ParameterSpec> PARAMETERS = List.of(
            new ParameterSpec("field", Label.of("Field (status, source, responsibleManagerId, language, customFields.<key>)",
                    "Campo (status, source, responsibleManagerId, language, customFields.<clave>)",
                    "Поле (status, source, responsibleManagerId, language, customFields.<ключ>)"), ParameterSpec.Type.TEXT, true),
            new ParameterSpec("value", Label.of("Value (empty clears it)", "Valor (vacío lo borra)", "Значение (пустое очищает)"),
                    ParameterSpec.Type.TEXT, false));

    private final ClientChanges changes;
    private final CustomFieldService customFields;

    SetFieldAction(ClientChanges changes, CustomFieldService customFields) {
        this.changes = changes;
        this.customFields = customFields;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Label label() {
        return Label.of("Set a field of the client", "Cambiar un campo del cliente", "Изменить поле клиента");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public List<FieldError> argumentErrors(Map<String, String> arguments) {
        String field = arguments.get("field").strip();
        String value = valueOf(arguments);
        switch (field) {
            case "status" -> {
                if (status(value).isEmpty()) {
                    return List.of(new FieldError("value", "must be one of " + STATUSES.stream().map(Enum::name).sorted().toList()));
                }
            }
            case "source", "responsibleManagerId" -> {
                // any text; core checks a manager when the client is saved
            }
            default -> {
                if (customField(customKey(field)).isEmpty()) {
                    return List.of(new FieldError("field", field.equals(LANGUAGE)
                            ? "needs the custom field language of clients: define it first"
                            : "is not a field rules set: status, source, responsibleManagerId, language or customFields.<key> of a custom field of clients"));
                }
            }
        }
        return List.of();
    }

    @Override
    public String perform(RecordFacts record, Map<String, String> arguments) {
        String field = arguments.get("field").strip();
        String value = valueOf(arguments);
        boolean changed = changes.change(record, client -> set(client, field, value));
        return (changed ? "set " : "already set: ") + line(record, field, value);
    }

    @Override
    public Optional<String> doneAlready(RecordFacts record, Map<String, String> arguments) {
        String field = arguments.get("field").strip();
        String value = valueOf(arguments);
        try {
            return ClientChanges.unchanged(record, client -> set(client, field, value))
                    ? Optional.of("already set: " + line(record, field, value)) : Optional.empty();
        } catch (IllegalArgumentException cannotTell) {
            return Optional.empty(); // the attempt says why it fails
        }
    }

    private static String line(RecordFacts record, String field, String value) {
        return field + " = " + (value == null ? "(empty)" : value) + " on client " + record.clientId();
    }

    private Optional<ClientDraft> set(Client client, String field, String value) {
        switch (field) {
            case "status" -> {
                LifecycleStatus status = status(value)
                        .orElseThrow(() -> new IllegalArgumentException("not a status rules set: " + value));
                return client.status() == status ? Optional.empty() : Optional.of(ClientChanges.with(client, client.tags(), status,
                        client.source(), client.responsibleManagerId(), client.customFields()));
            }
            case "source" -> {
                return Objects.equals(client.source(), value) ? Optional.empty() : Optional.of(ClientChanges.with(client,
                        client.tags(), client.status(), value, client.responsibleManagerId(), client.customFields()));
            }
            case "responsibleManagerId" -> {
                return Objects.equals(client.responsibleManagerId(), value) ? Optional.empty() : Optional.of(ClientChanges.with(
                        client, client.tags(), client.status(), client.source(), value, client.customFields()));
            }
            default -> {
                String key = customKey(field);
                CustomField definition = customField(key)
                        .orElseThrow(() -> new IllegalArgumentException("the custom field " + key + " of clients is gone"));
                Object typed = typed(definition, value);
                if (Objects.equals(text(client.customFields().get(key)), text(typed))) {
                    return Optional.empty();
                }
                Map<String, Object> values = new HashMap<>(client.customFields());
                if (typed == null) {
                    values.remove(key);
                } else {
                    values.put(key, typed);
                }
                return Optional.of(ClientChanges.with(client, client.tags(), client.status(), client.source(),
                        client.responsibleManagerId(), values));
            }
        }
    }

    private static String valueOf(Map<String, String> arguments) {
        String value = arguments.get("value");
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Optional<LifecycleStatus> status(String value) {
        return value == null ? Optional.empty() : STATUSES.stream()
                .filter(status -> status.name().equals(value.toUpperCase(Locale.ROOT))).findFirst();
    }

    private static String customKey(String field) {
        if (field.equals(LANGUAGE)) {
            return LANGUAGE;
        }
        return field.startsWith(CUSTOM) && field.length() > CUSTOM.length() ? field.substring(CUSTOM.length()) : null;
    }

    private Optional<CustomField> customField(String key) {
        return key == null ? Optional.empty()
                : customFields.list(RecordKind.CLIENT).stream().filter(field -> field.key().equals(key)).findFirst();
    }

    /** The value as the client's custom fields take it: a list for a multi-picklist, else text core checks and converts. */
    private static Object typed(CustomField field, String value) {
        if (value == null) {
            return null;
        }
        return field.type() == CustomFieldType.MULTI_PICKLIST ? List.of(value.split("\\s*,\\s*")) : value;
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        return value == null ? null : value.toString();
    }
}

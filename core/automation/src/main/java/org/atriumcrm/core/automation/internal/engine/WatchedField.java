package org.atriumcrm.core.automation.internal.engine;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.atriumcrm.core.api.Activity;
import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.Opportunity;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.api.Task;
import org.atriumcrm.core.api.security.FieldPaths;

/**
 * Checks the field a field-changed trigger watches: a field of the record as the REST API shows it
 * ({@code status}, {@code tags}, {@code contacts.phones}) or {@code customFields.<key>} of a custom
 * field defined for that kind of record. The bookkeeping fields (id, version, times) never "change".
 */
final class WatchedField {

    private static final Map<String, Class<? extends Record>> RECORDS = Map.of("client", Client.class,
            "opportunity", Opportunity.class, "task", Task.class, "activity", Activity.class);
    private static final Set<String> BOOKKEEPING = Set.of("id", "version", "createdAt", "updatedAt");
    private static final String WHERE = "trigger.arguments." + BuiltInTrigger.FIELD;

    private WatchedField() {
    }

    static RecordKind kind(String recordType) {
        return RecordKind.valueOf(recordType.toUpperCase(Locale.ROOT));
    }

    /** @param customKeys the keys of the custom fields of the trigger's kind of record */
    static List<FieldError> check(String recordType, String field, Set<String> customKeys) {
        List<String> path = FieldPaths.segments(field == null ? "" : field);
        if (path.isEmpty()) {
            return List.of(new FieldError(WHERE, "is required"));
        }
        String top = path.get(0);
        if (top.equals("customFields")) {
            if (path.size() != 2 || !customKeys.contains(path.get(1))) {
                return List.of(new FieldError(WHERE, "is no custom field of " + recordType + "s: " + field));
            }
            return List.of();
        }
        boolean known = !BOOKKEEPING.contains(top) && Arrays.stream(RECORDS.get(recordType).getRecordComponents())
                .map(RecordComponent::getName).anyMatch(top::equals);
        return known ? List.of() : List.of(new FieldError(WHERE, "is no field of " + recordType + "s: " + field));
    }
}

package org.atriumcrm.core.automation.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atriumcrm.core.api.security.AuditAction;
import org.atriumcrm.core.api.security.AuditChange;
import org.atriumcrm.core.api.security.AuditEntry;
import org.atriumcrm.core.api.security.AuditQuery;
import org.atriumcrm.core.api.security.AuditTrail;

/**
 * A deleted record as it was just before it went. Events carry ids only and the row is gone when the
 * event arrives, so the facts come from the audit trail's entry of the deletion: core writes it in the
 * deleting transaction with every field's last value, so it exists exactly when the deletion committed,
 * on every node, also when a run is retried days later. Values come back as text (numbers and dates
 * still compare as such in conditions); lists and nested values take the shape of their paths.
 */
final class DeletedRecords {

    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private final AuditTrail audit;

    DeletedRecords(AuditTrail audit) {
        this.audit = audit;
    }

    /** The record's last state, or empty when no deletion of it is in the audit trail. */
    Optional<RecordFacts> read(String type, String id) {
        List<AuditEntry> found = audit.find(new AuditQuery(type, id, null, AuditAction.DELETE, null, null, 1, null)).items();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> fields = fields(found.get(0).changes());
        fields.put("id", id);
        String clientId = type.equals("client") ? id : text(fields.get("clientId"));
        return Optional.of(new RecordFacts(type, id, clientId, text(fields.get(ownerField(type))), 0, fields, true));
    }

    private static String ownerField(String type) {
        return switch (type) {
            case "client" -> "responsibleManagerId";
            case "opportunity" -> "ownerId";
            case "task" -> "assigneeId";
            default -> "authorId";
        };
    }

    private static String text(Object value) {
        return value instanceof String text ? text : null;
    }

    /** The fields of a record rebuilt from the audit's paths and old values: {@code tags[1]}, {@code customFields.vip}. */
    static Map<String, Object> fields(List<AuditChange> changes) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (AuditChange change : changes) {
            if (change.oldValue() != null) {
                put(root, steps(change.field()), change.oldValue());
            }
        }
        return root;
    }

    private static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        Matcher matcher = STEP.matcher(path);
        while (matcher.find()) {
            steps.add(matcher.group(1) != null ? matcher.group(1) : (Object) Integer.valueOf(matcher.group(2)));
        }
        return steps;
    }

    @SuppressWarnings("unchecked")
    private static void put(Object container, List<Object> steps, String value) {
        Object current = container;
        for (int i = 0; i < steps.size(); i++) {
            Object step = steps.get(i);
            boolean last = i == steps.size() - 1;
            Object next = last ? value : steps.get(i + 1) instanceof Integer ? new ArrayList<>() : new LinkedHashMap<>();
            if (step instanceof String name && current instanceof Map<?, ?> map) {
                current = ((Map<String, Object>) map).computeIfAbsent(name, ignored -> next);
            } else if (step instanceof Integer index && current instanceof List<?> list) {
                List<Object> items = (List<Object>) list;
                while (items.size() <= index) {
                    items.add(null);
                }
                if (items.get(index) == null) {
                    items.set(index, next);
                }
                current = items.get(index);
            } else {
                return; // a path that does not fit what earlier paths built: leave it out
            }
        }
    }
}

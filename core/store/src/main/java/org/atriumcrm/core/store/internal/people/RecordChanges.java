package org.atriumcrm.core.store.internal.people;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.atriumcrm.core.api.security.AuditChange;
import org.atriumcrm.core.api.security.FieldPaths;

/**
 * The fields that differ between two versions of a record, as JSON-like paths
 * ({@code phones[1]}, {@code legalEntities[0].inn}, {@code customFields.vip}) with their values as
 * text. Records are walked component by component, lists by index, maps by key; the bookkeeping
 * fields every record has (id, version, times) are not changes.
 */
public final class RecordChanges {

    private static final Set<String> BOOKKEEPING = Set.of("id", "version", "createdAt", "updatedAt");

    private RecordChanges() {
    }

    static List<AuditChange> between(Object before, Object after) {
        Map<String, String> old = flatten(before);
        Map<String, String> now = flatten(after);
        Set<String> fields = new LinkedHashSet<>(old.keySet());
        fields.addAll(now.keySet());
        List<AuditChange> changes = new ArrayList<>();
        for (String field : fields) {
            String was = old.get(field);
            String is = now.get(field);
            if (!Objects.equals(was, is)) {
                changes.add(new AuditChange(field, was, is));
            }
        }
        return changes;
    }

    /**
     * The names of the fields that differ, list indices left out and each once ({@code tags},
     * {@code contacts.phones}, {@code customFields.vip}), for an event to say what an update changed.
     */
    public static String[] changedFields(Object before, Object after) {
        return between(before, after).stream()
                .map(change -> String.join(".", FieldPaths.segments(change.field())))
                .distinct()
                .toArray(String[]::new);
    }

    static Map<String, String> flatten(Object record) {
        Map<String, String> values = new LinkedHashMap<>();
        if (record != null && record.getClass().isRecord()) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (!BOOKKEEPING.contains(component.getName())) {
                    flatten(component.getName(), read(component, record), values);
                }
            }
        } else if (record != null) {
            flatten("value", record, values);
        }
        return values;
    }

    private static void flatten(String path, Object value, Map<String, String> values) {
        if (value == null) {
            return;
        }
        if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                flatten(path + "." + component.getName(), read(component, value), values);
            }
        } else if (value instanceof Collection<?> list) {
            int index = 0;
            for (Object element : list) {
                flatten(path + "[" + index++ + "]", element, values);
            }
        } else if (value instanceof Map<?, ?> map) {
            // sorted, so that the same map always gives the same paths
            new TreeMap<>(map).forEach((key, element) -> flatten(path + "." + key, element, values));
        } else {
            values.put(path, value.toString());
        }
    }

    private static Object read(RecordComponent component, Object record) {
        Method accessor = component.getAccessor();
        try {
            accessor.setAccessible(true); // a module's records may live in a package it does not export
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass().getName(), e);
        }
    }
}

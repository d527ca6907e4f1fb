package org.atriumcrm.core.store.internal.fields;

import org.atriumcrm.core.api.FieldError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.CustomFieldType;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.store.internal.support.FieldChecks;
import org.atriumcrm.core.store.internal.support.Identified;

/**
 * Custom field values of records: checked against the definitions of their kind, kept as
 * canonical text (one row per value), and given back typed.
 */
public final class CustomValues {

    static final String FIELD = "customFields";
    private static final int TEXT_MAX = 1000;

    private CustomValues() {
    }

    /**
     * The definitions of one kind of record, in the order they were made, as {@code em}'s transaction
     * sees them; services take them from {@link CustomFieldDefinitions}, which reads them here.
     */
    public static List<CustomField> definitions(EntityManager em, RecordKind kind) {
        return em.createNamedQuery(CustomFieldEntity.OF_KIND, CustomFieldEntity.class)
                .setParameter("kind", kind).getResultList().stream().map(CustomFieldEntity::toCustomField).toList();
    }

    /**
     * The values a record will have, canonical, by key; a field sent without value takes its
     * default. Problems go to {@code checks} as {@code customFields.<key>}.
     */
    public static Map<String, List<String>> check(FieldChecks checks, Map<String, Object> sent, List<CustomField> definitions,
                                           RecordKind kind) {
        Map<String, CustomField> byKey = new LinkedHashMap<>();
        definitions.forEach(field -> byKey.put(field.key(), field));
        sent.keySet().stream().filter(key -> !byKey.containsKey(key)).forEach(key ->
                checks.add(FIELD + "." + key, "is not a custom field of " + kind.name().toLowerCase() + " records"));
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (CustomField field : definitions) {
            String path = FIELD + "." + field.key();
            Object value = sent.get(field.key());
            List<String> canonical;
            try {
                canonical = value == null ? defaults(field) : canonical(field, value);
            } catch (IllegalArgumentException e) {
                checks.add(path, e.getMessage());
                continue;
            }
            if (canonical.isEmpty()) {
                if (field.required()) {
                    checks.add(path, FieldError.REQUIRED, "is required");
                }
            } else {
                values.put(field.key(), canonical);
            }
        }
        return values;
    }

    /** The canonical text of a value, for storing or for filtering. @throws IllegalArgumentException saying why not */
    public static List<String> canonical(CustomField field, Object value) {
        if (field.type() == CustomFieldType.MULTI_PICKLIST) {
            if (!(value instanceof List<?> list)) {
                throw new IllegalArgumentException("must be a list of " + field.options());
            }
            Set<String> chosen = new LinkedHashSet<>();
            for (Object item : list) {
                chosen.add(option(field, item));
            }
            return List.copyOf(chosen);
        }
        return List.of(single(field, value));
    }

    private static List<String> defaults(CustomField field) {
        if (field.defaultValue() == null) {
            return List.of();
        }
        return canonical(field, field.type() == CustomFieldType.MULTI_PICKLIST
                ? List.of(field.defaultValue().split("\\s*,\\s*"))
                : field.defaultValue());
    }

    private static String single(CustomField field, Object value) {
        String text = value.toString().strip();
        try {
            return switch (field.type()) {
                case TEXT -> {
                    if (!(value instanceof String) || text.length() > TEXT_MAX) {
                        throw new IllegalArgumentException("must be text of at most " + TEXT_MAX + " characters");
                    }
                    yield text;
                }
                case NUMBER -> new BigInteger(wholeNumber(value, text)).toString();
                case DECIMAL -> new BigDecimal(text).stripTrailingZeros().toPlainString();
                case DATE -> LocalDate.parse(text).toString();
                case BOOLEAN -> {
                    if (!text.equals("true") && !text.equals("false")) {
                        throw new IllegalArgumentException("must be true or false");
                    }
                    yield text;
                }
                case PICKLIST -> option(field, value);
                case MULTI_PICKLIST -> throw new IllegalStateException("handled as a list");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a " + (field.type() == CustomFieldType.NUMBER ? "whole number" : "decimal number"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a date such as 2026-11-23");
        }
    }

    private static String wholeNumber(Object value, String text) {
        if (value instanceof Double || value instanceof Float || (value instanceof BigDecimal decimal && decimal.scale() > 0)) {
            throw new NumberFormatException(text);
        }
        return text;
    }

    private static String option(CustomField field, Object value) {
        String text = value == null ? null : value.toString().strip();
        if (!field.options().contains(text)) {
            throw new IllegalArgumentException("'" + text + "' is not one of " + field.options());
        }
        return text;
    }

    /** Replaces the stored values of one record. */
    public static void save(EntityManager em, RecordKind kind, String recordId, Map<String, List<String>> values) {
        em.createQuery("DELETE FROM CustomValueEntity v WHERE v.recordId = :record").setParameter("record", recordId)
                .executeUpdate();
        saveNew(em, kind, recordId, values);
    }

    /**
     * Stores the values of a record created in this transaction: nothing to delete, and no statement
     * either, which would first flush every record persisted before it (a batch would cost the
     * square of its size).
     */
    public static void saveNew(EntityManager em, RecordKind kind, String recordId, Map<String, List<String>> values) {
        values.forEach((key, list) -> {
            for (int i = 0; i < list.size(); i++) {
                em.persist(new CustomValueEntity(kind, recordId, key, i, list.get(i)));
            }
        });
    }

    public static void delete(EntityManager em, String recordId) {
        em.createQuery("DELETE FROM CustomValueEntity v WHERE v.recordId = :record").setParameter("record", recordId)
                .executeUpdate();
    }

    /** The typed values of one record, by key. */
    public static Map<String, Object> of(EntityManager em, String recordId, List<CustomField> definitions) {
        return load(em, List.of(recordId), definitions).getOrDefault(recordId, Map.of());
    }

    /** The typed values of these rows of one kind, by record id then key. */
    public static Map<String, Map<String, Object>> ofRows(EntityManager em, List<? extends Identified> rows,
                                                          List<CustomField> definitions) {
        return load(em, rows.stream().map(Identified::id).toList(), definitions);
    }

    /** The typed values of these records, by record id then key, in one query. */
    public static Map<String, Map<String, Object>> load(EntityManager em, List<String> recordIds, List<CustomField> definitions) {
        Map<String, Map<String, Object>> byRecord = new HashMap<>();
        if (recordIds.isEmpty() || definitions.isEmpty()) {
            return byRecord;
        }
        Map<String, Map<String, List<String>>> raw = new HashMap<>();
        em.createQuery("SELECT v FROM CustomValueEntity v WHERE v.recordId IN :ids ORDER BY v.recordId, v.fieldKey, v.position",
                        CustomValueEntity.class)
                .setParameter("ids", recordIds).getResultList()
                .forEach(v -> raw.computeIfAbsent(v.recordId(), id -> new LinkedHashMap<>())
                        .computeIfAbsent(v.fieldKey(), key -> new ArrayList<>()).add(v.value()));
        raw.forEach((record, fields) -> byRecord.put(record, typed(fields, definitions)));
        return byRecord;
    }

    /** Stored values (canonical text by key, in order) typed by their definitions; a key no longer defined is left out. */
    public static Map<String, Object> typed(Map<String, List<String>> stored, List<CustomField> definitions) {
        Map<String, Object> typed = new LinkedHashMap<>();
        if (stored.isEmpty()) {
            return typed;
        }
        for (CustomField field : definitions) {
            List<String> values = stored.get(field.key());
            if (values != null) {
                typed.put(field.key(), typed(field, values));
            }
        }
        return typed;
    }

    private static Object typed(CustomField field, List<String> stored) {
        String first = stored.get(0);
        return switch (field.type()) {
            case TEXT, PICKLIST -> first;
            case NUMBER -> new BigInteger(first);
            case DECIMAL -> new BigDecimal(first);
            case DATE -> LocalDate.parse(first);
            case BOOLEAN -> Boolean.valueOf(first);
            case MULTI_PICKLIST -> List.copyOf(stored);
        };
    }
}

package org.atriumcrm.core.automation.internal.rules;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.atriumcrm.core.api.FieldError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads conditions from a rule's JSON, naming the path of every mistake, and writes them back. */
public final class ConditionJson {

    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,99}(\\.[A-Za-z0-9_-]{1,100}){0,4}");
    private static final int MAX_DEPTH = 5;

    private ConditionJson() {
    }

    /** The condition in {@code node} (null or missing: {@link Condition#ALWAYS}); mistakes go to {@code errors}. */
    public static Condition read(JsonNode node, String path, List<FieldError> errors) {
        return read(node, path, errors, SavedFilters.NONE);
    }

    /** As {@link #read(JsonNode, String, List)}, with saved filter conditions asking {@code filters}. */
    public static Condition read(JsonNode node, String path, List<FieldError> errors, SavedFilters filters) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Condition.ALWAYS;
        }
        return read(node, path, errors, filters, 0);
    }

    private static Condition read(JsonNode node, String path, List<FieldError> errors, SavedFilters filters, int depth) {
        if (!node.isObject()) {
            errors.add(new FieldError(path, "must be an object: {\"all\":[…]}, {\"any\":[…]} or {\"field\":…,\"op\":…}"));
            return Condition.ALWAYS;
        }
        if (depth >= MAX_DEPTH) {
            errors.add(new FieldError(path, "nests groups deeper than " + MAX_DEPTH + " levels"));
            return Condition.ALWAYS;
        }
        if (node.has("all") || node.has("any")) {
            String kind = node.has("all") ? "all" : "any";
            if (node.size() != 1) {
                errors.add(new FieldError(path, "a group holds only \"all\" or \"any\""));
            }
            JsonNode items = node.get(kind);
            if (!items.isArray()) {
                errors.add(new FieldError(path + "." + kind, "must be a list of conditions"));
                return Condition.ALWAYS;
            }
            List<Condition> inner = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                inner.add(read(items.get(i), path + "." + kind + "[" + i + "]", errors, filters, depth + 1));
            }
            return kind.equals("all") ? new Condition.All(inner) : new Condition.Any(inner);
        }
        return comparison(node, path, errors, filters);
    }

    private static Condition comparison(JsonNode node, String path, List<FieldError> errors, SavedFilters filters) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!List.of("field", "op", "value", "values").contains(name)) {
                errors.add(new FieldError(path + "." + name, "is not a part of a condition (field, op, value, values)"));
            }
        }
        String field = node.path("field").asText("");
        if (!FIELD.matcher(field).matches()) {
            errors.add(new FieldError(path + ".field", field.isEmpty() ? "is required" : "is not a field name or a dotted path"));
        }
        String code = node.path("op").asText("");
        if (Condition.InSavedFilter.OPERATOR.equals(code.strip())) {
            return inSavedFilter(node, path, errors, filters, field);
        }
        Operator operator = Operator.of(code).orElse(null);
        if (operator == null) {
            errors.add(new FieldError(path + ".op", code.isEmpty() ? "is required"
                    : "must be one of eq, ne, lt, gt, contains, empty, not-empty, in, " + Condition.InSavedFilter.OPERATOR));
            return Condition.ALWAYS;
        }
        JsonNode value = node.get("value");
        if (operator.takesValue() && (value == null || !value.isValueNode() || value.isNull())) {
            errors.add(new FieldError(path + ".value", "is required for " + operator.code() + " and must be a text, number or boolean"));
        }
        List<String> values = new ArrayList<>();
        if (operator == Operator.IN) {
            JsonNode list = node.get("values");
            if (list == null || !list.isArray() || list.isEmpty()) {
                errors.add(new FieldError(path + ".values", "is required for in: a list of one or more values"));
            } else {
                list.forEach(item -> values.add(item.asText()));
            }
        }
        return new Condition.Comparison(field, operator, operator.takesValue() && value != null ? value.asText() : null, values);
    }

    private static Condition inSavedFilter(JsonNode node, String path, List<FieldError> errors, SavedFilters filters,
            String field) {
        if (FIELD.matcher(field).matches() && !Condition.InSavedFilter.CLIENT_FIELDS.contains(field)) {
            errors.add(new FieldError(path + ".field", "must be id (a client itself) or clientId (the client of a deal, "
                    + "a task or an activity) for " + Condition.InSavedFilter.OPERATOR));
        }
        JsonNode value = node.get("value");
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            errors.add(new FieldError(path + ".value", "is required for " + Condition.InSavedFilter.OPERATOR
                    + ": the id of a saved filter"));
            return Condition.ALWAYS;
        }
        return new Condition.InSavedFilter(field, value.asText().strip(), filters);
    }

    /**
     * Each saved filter condition whose filter does not exist (deleted since, or never), named at its
     * {@code value} as {@link #read} names paths: such a condition never holds.
     */
    public static List<FieldError> missingSavedFilters(Condition condition, String path) {
        List<FieldError> missing = new ArrayList<>();
        if (condition instanceof Condition.All all) {
            for (int i = 0; i < all.conditions().size(); i++) {
                missing.addAll(missingSavedFilters(all.conditions().get(i), path + ".all[" + i + "]"));
            }
        } else if (condition instanceof Condition.Any any) {
            for (int i = 0; i < any.conditions().size(); i++) {
                missing.addAll(missingSavedFilters(any.conditions().get(i), path + ".any[" + i + "]"));
            }
        } else if (condition instanceof Condition.InSavedFilter saved && !saved.filters().exists(saved.savedFilterId())) {
            missing.add(new FieldError(path + ".value", FieldError.NOT_FOUND, Map.of("id", saved.savedFilterId()),
                    "names a saved filter that does not exist (deleted?): the condition never holds: " + saved.savedFilterId()));
        }
        return missing;
    }

    public static JsonNode write(Condition condition) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (condition instanceof Condition.All all) {
            return group(json, "all", all.conditions());
        }
        if (condition instanceof Condition.Any any) {
            return group(json, "any", any.conditions());
        }
        if (condition instanceof Condition.InSavedFilter saved) {
            return json.objectNode().put("field", saved.field()).put("op", Condition.InSavedFilter.OPERATOR)
                    .put("value", saved.savedFilterId());
        }
        Condition.Comparison comparison = (Condition.Comparison) condition;
        ObjectNode node = json.objectNode().put("field", comparison.field()).put("op", comparison.operator().code());
        if (comparison.value() != null) {
            node.put("value", comparison.value());
        }
        if (comparison.operator() == Operator.IN) {
            ArrayNode values = node.putArray("values");
            comparison.values().forEach(values::add);
        }
        return node;
    }

    private static JsonNode group(JsonNodeFactory json, String kind, List<Condition> conditions) {
        ObjectNode node = json.objectNode();
        ArrayNode items = node.putArray(kind);
        conditions.forEach(inner -> items.add(write(inner)));
        return node;
    }
}

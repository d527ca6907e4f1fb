package org.atriumcrm.core.automation.internal.rules;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Condition.ALWAYS;
        }
        return read(node, path, errors, 0);
    }

    private static Condition read(JsonNode node, String path, List<FieldError> errors, int depth) {
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
                inner.add(read(items.get(i), path + "." + kind + "[" + i + "]", errors, depth + 1));
            }
            return kind.equals("all") ? new Condition.All(inner) : new Condition.Any(inner);
        }
        return comparison(node, path, errors);
    }

    private static Condition comparison(JsonNode node, String path, List<FieldError> errors) {
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
        Operator operator = Operator.of(code).orElse(null);
        if (operator == null) {
            errors.add(new FieldError(path + ".op", code.isEmpty() ? "is required"
                    : "must be one of eq, ne, lt, gt, contains, empty, not-empty, in"));
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

    public static JsonNode write(Condition condition) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (condition instanceof Condition.All all) {
            return group(json, "all", all.conditions());
        }
        if (condition instanceof Condition.Any any) {
            return group(json, "any", any.conditions());
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

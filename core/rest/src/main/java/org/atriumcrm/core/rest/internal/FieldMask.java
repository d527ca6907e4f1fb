package org.atriumcrm.core.rest.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.atriumcrm.core.api.security.FieldPaths;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The fields hidden from a caller, applied to JSON trees by the rule of {@link FieldPaths}: a
 * hidden path is taken out of every object of an answer at every depth (a record, the records of a
 * page, a merge's survivor, the contacts of each, …), and a request body that holds a value at a
 * hidden path is refused. Match reasons ({@code {code, value, similarity}}) drawn from a hidden
 * field lose their value: {@code SAME_INN} says why two clients look alike without the tax id.
 */
final class FieldMask {

    private static final String ID = "id";

    private final Set<String> hidden;
    private final List<List<String>> paths = new ArrayList<>();

    FieldMask(Set<String> hidden) {
        this.hidden = Set.copyOf(hidden);
        for (String field : new TreeSet<>(this.hidden)) { // in one order, so a refusal always names the same field
            List<String> segments = FieldPaths.segments(field);
            if (!segments.isEmpty()) {
                paths.add(segments);
            }
        }
    }

    /** The hidden fields as the role names them. */
    Set<String> fields() {
        return hidden;
    }

    boolean isEmpty() {
        return paths.isEmpty();
    }

    /** Whether a field, e.g. {@code contacts[0].phones[1]} or {@code customFields.discount}, is hidden. */
    boolean hides(String field) {
        return FieldPaths.hides(hidden, field);
    }

    /** Whether any of these fields is hidden. */
    boolean hidesAny(Collection<String> fields) {
        return fields.stream().anyMatch(this::hides);
    }

    /** Takes the hidden fields out of a tree, in place, at every depth. */
    void strip(JsonNode node) {
        if (node instanceof ArrayNode array) {
            array.forEach(this::strip);
        } else if (node instanceof ObjectNode object) {
            paths.forEach(path -> remove(object, path, 0));
            if (isMatchReason(object) && hidesAny(MatchReasonSources.of(object.get("code").asText()))) {
                object.remove("value");
            }
            object.forEach(this::strip);
        }
    }

    /**
     * The first place a request body writes a hidden field, named as the client sent it
     * ({@code contacts[1].phones}); empty values ({@code null}, {@code ""}, {@code []}, {@code {}})
     * write nothing and pass.
     */
    Optional<String> firstWritten(JsonNode body, String prefix) {
        if (body instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                Optional<String> found = firstWritten(array.get(i), prefix + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (body instanceof ObjectNode object) {
            for (List<String> path : paths) {
                Optional<String> found = written(object, path, 0, prefix);
                if (found.isPresent()) {
                    return found;
                }
            }
            for (Map.Entry<String, JsonNode> property : object.properties()) {
                Optional<String> found = firstWritten(property.getValue(), join(prefix, property.getKey()));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Puts the stored values of the hidden fields into a full update, in place, so that what a
     * caller cannot see it does not erase. List elements are paired by {@code id}, or by position
     * when neither has one.
     */
    void restore(JsonNode sent, JsonNode stored) {
        if (sent instanceof ObjectNode object && stored instanceof ObjectNode kept) {
            paths.forEach(path -> restore(object, kept, path, 0));
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                restore(object.get(name), kept.get(name));
            }
        } else if (sent instanceof ArrayNode list && stored instanceof ArrayNode keptList) {
            Map<JsonNode, JsonNode> paired = pairs(list, keptList);
            list.forEach(element -> restore(element, paired.get(element)));
        } else if (sent != null) {
            strip(sent); // nothing stored to pair with: a new element has no hidden values
        }
    }

    private static void remove(JsonNode node, List<String> path, int from) {
        if (node instanceof ArrayNode array) {
            array.forEach(element -> remove(element, path, from));
        } else if (node instanceof ObjectNode object) {
            String name = path.get(from);
            if (from == path.size() - 1) {
                object.remove(name);
            } else {
                remove(object.get(name), path, from + 1);
            }
        }
    }

    private static Optional<String> written(JsonNode node, List<String> path, int from, String prefix) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                Optional<String> found = written(array.get(i), path, from, prefix + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node instanceof ObjectNode object && object.has(path.get(from))) {
            String field = join(prefix, path.get(from));
            JsonNode value = object.get(path.get(from));
            if (from == path.size() - 1) {
                return isEmpty(value) ? Optional.empty() : Optional.of(field);
            }
            return written(value, path, from + 1, field);
        }
        return Optional.empty();
    }

    private void restore(JsonNode sent, JsonNode stored, List<String> path, int from) {
        if (sent instanceof ArrayNode list) {
            Map<JsonNode, JsonNode> paired = stored instanceof ArrayNode keptList ? pairs(list, keptList) : Map.of();
            list.forEach(element -> {
                JsonNode kept = paired.get(element);
                if (kept == null) {
                    remove(element, path, from);
                } else {
                    restore(element, kept, path, from);
                }
            });
        } else if (sent instanceof ObjectNode object) {
            String name = path.get(from);
            JsonNode kept = stored == null ? null : stored.get(name);
            if (from == path.size() - 1) {
                if (kept == null || kept.isNull()) {
                    object.remove(name);
                } else {
                    object.set(name, kept.deepCopy());
                }
            } else if (object.get(name) != null) {
                restore(object.get(name), kept, path, from + 1);
            }
        }
    }

    /** Each sent element with its stored counterpart (identity keys: the same values may repeat). */
    private static Map<JsonNode, JsonNode> pairs(ArrayNode sent, ArrayNode stored) {
        Map<JsonNode, JsonNode> paired = new IdentityHashMap<>();
        Map<String, JsonNode> byId = new HashMap<>();
        stored.forEach(element -> {
            if (element.hasNonNull(ID)) {
                byId.put(element.get(ID).asText(), element);
            }
        });
        for (int i = 0; i < sent.size(); i++) {
            JsonNode element = sent.get(i);
            JsonNode kept = element.hasNonNull(ID) ? byId.get(element.get(ID).asText())
                    : i < stored.size() && !stored.get(i).hasNonNull(ID) ? stored.get(i) : null;
            if (kept != null) {
                paired.put(element, kept);
            }
        }
        return paired;
    }

    private static boolean isMatchReason(ObjectNode object) {
        return object.path("code").isTextual() && object.has("similarity");
    }

    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())
                || (value.isContainerNode() && value.isEmpty());
    }

    private static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }
}

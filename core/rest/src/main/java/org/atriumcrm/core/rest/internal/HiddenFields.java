package org.atriumcrm.core.rest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import java.util.function.Supplier;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.InterceptorContext;
import javax.ws.rs.ext.ReaderInterceptor;
import javax.ws.rs.ext.ReaderInterceptorContext;
import javax.ws.rs.ext.WriterInterceptor;
import javax.ws.rs.ext.WriterInterceptorContext;

import org.atriumcrm.core.api.security.AccessDeniedException;
import org.atriumcrm.core.api.security.Caller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Field-level visibility: the fields the caller's roles hide in the resource's section are taken
 * out of every JSON answer (records, pages of them, lists), and a request body that holds one is
 * refused with 403 naming it. A field is a JSON property, or {@code parent.child} one level down
 * ({@code customFields.discount}).
 */
@Priority(Priorities.ENTITY_CODER)
final class HiddenFields implements ReaderInterceptor, WriterInterceptor {

    private static final String ITEMS = "items";

    /** Converts between stored records and drafts; unknown properties (ids, versions) are not an error here. */
    private static final ObjectMapper DRAFTS = JsonSupport.mapper()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final ObjectMapper mapper;

    HiddenFields(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Set<String> hidden = hiddenFor(context);
        if (hidden.isEmpty()) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        try {
            JsonNode tree = mapper.readTree(body);
            if (tree != null && tree.isArray()) {
                for (int i = 0; i < tree.size(); i++) {
                    refuseHidden(tree.get(i), hidden, "[" + i + "].");
                }
            } else if (tree != null) {
                refuseHidden(tree, hidden, "");
            }
        } catch (JsonProcessingException malformed) {
            // left to the JSON reader, which answers 400 with the position
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Set<String> hidden = hiddenFor(context);
        Object entity = context.getEntity();
        if (!hidden.isEmpty() && entity != null && !(entity instanceof Problem)) {
            JsonNode tree = mapper.valueToTree(entity);
            strip(tree, hidden);
            if (tree.isObject() && tree.get(ITEMS) != null) {
                strip(tree.get(ITEMS), hidden);
            }
            context.setEntity(tree);
            context.setType(tree.getClass());
            context.setGenericType(tree.getClass());
        }
        context.proceed();
    }

    /**
     * The draft of a full update with the hidden fields' stored values put back: a user who cannot
     * see a field sends the record without it, and that must not erase it.
     */
    static <D> D keepStored(String section, D draft, Supplier<?> stored, Class<D> type) {
        Set<String> hidden = Caller.current().map(caller -> caller.hiddenFields(section)).orElse(Set.of());
        if (hidden.isEmpty()) {
            return draft; // the usual case: nothing to read back
        }
        ObjectNode sent = DRAFTS.valueToTree(draft);
        JsonNode kept = DRAFTS.valueToTree(stored.get());
        for (String field : hidden) {
            int dot = field.indexOf('.');
            if (dot < 0) {
                sent.set(field, kept.get(field));
            } else if (sent.get(field.substring(0, dot)) instanceof ObjectNode parent) {
                parent.set(field.substring(dot + 1), kept.path(field.substring(0, dot)).get(field.substring(dot + 1)));
            }
        }
        try {
            return DRAFTS.treeToValue(sent, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored record does not read back as its draft", e);
        }
    }

    /** The fields the current caller's roles hide in the section. */
    static Set<String> of(String section) {
        return Caller.current().map(caller -> caller.hiddenFields(section)).orElse(Set.of());
    }

    /** Whether a field path, e.g. {@code legalEntities[0].inn} or {@code customFields.discount}, lies in a hidden field. */
    static boolean hides(Set<String> hidden, String path) {
        return hidden.stream().anyMatch(field -> path.equals(field) || path.startsWith(field + ".") || path.startsWith(field + "["));
    }

    private static Set<String> hiddenFor(InterceptorContext context) {
        Object section = context.getProperty(AccessControl.SECTION);
        if (section == null || !isJson(context.getMediaType())) {
            return Set.of();
        }
        return Caller.current().map(caller -> caller.hiddenFields((String) section)).orElse(Set.of());
    }

    private static boolean isJson(MediaType type) {
        return type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
    }

    private static void refuseHidden(JsonNode node, Set<String> hidden, String prefix) {
        for (String field : hidden) {
            int dot = field.indexOf('.');
            boolean present = dot < 0 ? node.has(field) : node.path(field.substring(0, dot)).has(field.substring(dot + 1));
            if (present) {
                throw new AccessDeniedException(prefix + field, "is hidden from your role and cannot be written");
            }
        }
    }

    private static void strip(JsonNode node, Set<String> hidden) {
        if (node.isArray()) {
            node.forEach(element -> strip(element, hidden));
        } else if (node instanceof ObjectNode object) {
            for (String field : hidden) {
                int dot = field.indexOf('.');
                if (dot < 0) {
                    object.remove(field);
                } else if (object.get(field.substring(0, dot)) instanceof ObjectNode parent) {
                    parent.remove(field.substring(dot + 1));
                }
            }
        }
    }
}

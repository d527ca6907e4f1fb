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

/**
 * Field-level visibility: the fields the caller's roles hide in the resource's section are taken
 * out of every JSON answer at every depth, and a request body that writes one is refused with 403
 * naming it as sent ({@code contacts[1].phones}). The rule itself is {@link FieldMask}'s.
 */
@Priority(Priorities.ENTITY_CODER)
final class HiddenFields implements ReaderInterceptor, WriterInterceptor {

    /** Converts between stored records and drafts; unknown properties (ids, versions) are not an error here. */
    private static final ObjectMapper DRAFTS = JsonSupport.mapper()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final ObjectMapper mapper;

    HiddenFields(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        FieldMask mask = maskFor(context);
        if (mask.isEmpty()) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        try {
            JsonNode tree = mapper.readTree(body);
            if (tree != null) {
                mask.firstWritten(tree, "").ifPresent(field -> {
                    throw new AccessDeniedException(field, "is hidden from your role and cannot be written");
                });
            }
        } catch (JsonProcessingException malformed) {
            // left to the JSON reader, which answers 400 with the position
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        FieldMask mask = maskFor(context);
        Object entity = context.getEntity();
        if (!mask.isEmpty() && entity != null && !(entity instanceof Problem)) {
            JsonNode tree = mapper.valueToTree(entity);
            mask.strip(tree);
            context.setEntity(tree);
            context.setType(tree.getClass());
            context.setGenericType(tree.getClass());
        }
        context.proceed();
    }

    /**
     * The draft of a full update with the hidden fields' stored values put back, at every depth: a
     * user who cannot see a field sends the record without it, and that must not erase it.
     */
    static <D> D keepStored(String section, D draft, Supplier<?> stored, Class<D> type) {
        FieldMask mask = of(section);
        if (mask.isEmpty()) {
            return draft; // the usual case: nothing to read back
        }
        JsonNode sent = DRAFTS.valueToTree(draft);
        mask.restore(sent, DRAFTS.valueToTree(stored.get()));
        try {
            return DRAFTS.treeToValue(sent, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored record does not read back as its draft", e);
        }
    }

    /** The fields the current caller's roles hide in the section. */
    static FieldMask of(String section) {
        return new FieldMask(Caller.current().map(caller -> caller.hiddenFields(section)).orElse(Set.of()));
    }

    private static FieldMask maskFor(InterceptorContext context) {
        Object section = context.getProperty(AccessControl.SECTION);
        if (section == null || !isJson(context.getMediaType())) {
            return new FieldMask(Set.of());
        }
        return of((String) section);
    }

    /** JSON and its kinds, such as the {@code application/problem+json} of a 409 that lists duplicates. */
    private static boolean isJson(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"));
    }
}

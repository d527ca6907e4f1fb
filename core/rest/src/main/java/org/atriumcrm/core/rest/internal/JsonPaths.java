package org.atriumcrm.core.rest.internal;

import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;

/** Writes a Jackson reference path the way our errors name fields: {@code addresses[0].country}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<Reference> path) {
        StringBuilder field = new StringBuilder();
        for (Reference reference : path) {
            if (reference.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}

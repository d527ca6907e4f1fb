package org.atriumcrm.core.api;

/**
 * What is wrong with one field of a request.
 *
 * @param field the path of the field as the client sent it, e.g. {@code phones[1]}
 */
public record FieldError(String field, String message) {
}

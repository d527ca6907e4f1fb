package org.atriumcrm.core.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with one field of a request: a stable code for programs, its arguments, and the
 * English text. Core's REST API answers {@code message} in the caller's language, made from
 * {@code code} and {@code arguments}; {@code message} is the text when no translation knows the code.
 *
 * @param field     the path of the field as the client sent it, e.g. {@code phones[1]}
 * @param code      what is wrong, e.g. {@link #REQUIRED}; a module's own codes start with its id
 *                  ({@code fitness.card_taken}); {@link #INVALID} when the sender gave a message only
 * @param arguments values the message names, e.g. {@code max} of {@link #TOO_LONG}; numbers stay numbers
 * @param message   the English text, e.g. {@code is longer than 200 characters}
 */
public record FieldError(String field, String code, Map<String, Object> arguments, String message) {

    /** Given a message alone; no translation but the message itself. */
    public static final String INVALID = "invalid";
    /** A value is needed. */
    public static final String REQUIRED = "required";
    /** Text longer than {@code max} characters. */
    public static final String TOO_LONG = "too_long";
    /** A list of more than {@code max} entries. */
    public static final String TOO_MANY = "too_many";
    /** An entry of a list is blank. */
    public static final String EMPTY = "empty";
    /** Not one of {@code allowed} (a comma-separated list). */
    public static final String NOT_ONE_OF = "not_one_of";
    /** A number outside {@code min}…{@code max}. */
    public static final String OUT_OF_RANGE = "out_of_range";
    /** A field the record does not have. */
    public static final String UNKNOWN_FIELD = "unknown_field";
    /** A value of the wrong JSON type, or a constant not known. */
    public static final String WRONG_TYPE = "wrong_type";
    /** Names a record ({@code id}) that does not exist. */
    public static final String NOT_FOUND = "not_found";

    public FieldError {
        code = code == null || code.isBlank() ? INVALID : code;
        arguments = arguments == null || arguments.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    /** An error with a message and no code, as senders wrote them before codes. */
    public FieldError(String field, String message) {
        this(field, INVALID, Map.of(), message);
    }

    /** An error with a code and its English message, without arguments. */
    public static FieldError of(String field, String code, String message) {
        return new FieldError(field, code, Map.of(), message);
    }
}

package org.atriumcrm.core.automation.internal.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a condition compares a record's field with the rule's value. */
public enum Operator {
    EQ("eq"), NE("ne"), LT("lt"), GT("gt"), CONTAINS("contains"), EMPTY("empty"), NOT_EMPTY("not-empty"), IN("in");

    private final String code;

    Operator(String code) {
        this.code = code;
    }

    /** The name rules use in JSON: {@code eq}, {@code ne}, {@code lt}, {@code gt}, {@code contains}, {@code empty}, {@code not-empty}, {@code in}. */
    public String code() {
        return code;
    }

    public static Optional<Operator> of(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(operator -> operator.code.equals(wanted)).findFirst();
    }

    boolean takesValue() {
        return this != EMPTY && this != NOT_EMPTY && this != IN;
    }
}

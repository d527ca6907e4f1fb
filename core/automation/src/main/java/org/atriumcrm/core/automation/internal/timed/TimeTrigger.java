package org.atriumcrm.core.automation.internal.timed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.atriumcrm.core.api.DateQueries;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.spi.ParameterSpec;
import org.atriumcrm.core.spi.UiContribution.Label;

/** Core's triggers that fire when a time comes, not on an event; the sweep finds their occurrences. */
public enum TimeTrigger {
    OPPORTUNITY_STUCK("opportunity.stuck", Label.of("Deal unchanged in its stage", "Oportunidad parada en su etapa",
            "Сделка застряла на этапе"), "opportunity",
            List.of(new ParameterSpec(TimeTrigger.DAYS, Label.of("Days in the stage", "Días en la etapa", "Дней на этапе"),
                    ParameterSpec.Type.DAYS, true))),
    DATE_REACHED("date.reached", Label.of("Date reached", "Fecha alcanzada", "Наступила дата"), "client",
            List.of(new ParameterSpec(TimeTrigger.FIELD, Label.of("Date field (birthday or customFields.<key>)",
                            "Campo de fecha (birthday o customFields.<clave>)", "Поле даты (birthday или customFields.<ключ>)"),
                            ParameterSpec.Type.TEXT, true),
                    new ParameterSpec(TimeTrigger.OFFSET_DAYS, Label.of("Days after the date (negative: before)",
                            "Días después de la fecha (negativo: antes)", "Дней после даты (меньше нуля: до)"),
                            ParameterSpec.Type.DAYS, false),
                    new ParameterSpec(TimeTrigger.YEARLY, Label.of("Every year", "Cada año", "Каждый год"),
                            ParameterSpec.Type.BOOLEAN, false)));

    static final String DAYS = "days";
    static final String FIELD = "field";
    static final String OFFSET_DAYS = "offsetDays";
    static final String YEARLY = "yearly";
    static final int MAX_DAYS = 3650;

    private final String id;
    private final Label label;
    private final String recordType;
    private final List<ParameterSpec> parameters;

    TimeTrigger(String id, Label label, String recordType, List<ParameterSpec> parameters) {
        this.id = id;
        this.label = label;
        this.recordType = recordType;
        this.parameters = parameters;
    }

    public String id() {
        return id;
    }

    public Label label() {
        return label;
    }

    /** What its runs are about: the deal, or the client whose date it is. */
    public String recordType() {
        return recordType;
    }

    public List<ParameterSpec> parameters() {
        return parameters;
    }

    public static Optional<TimeTrigger> byId(String id) {
        return Arrays.stream(values()).filter(trigger -> trigger.id.equals(id)).findFirst();
    }

    /**
     * What the parameters' types do not say about the arguments: the ranges of the days, and that
     * {@code field} names a date of clients.
     *
     * @param clientDateFields the keys of the clients' DATE custom fields
     */
    public List<FieldError> check(Map<String, String> arguments, Set<String> clientDateFields) {
        List<FieldError> errors = new ArrayList<>();
        if (this == OPPORTUNITY_STUCK) {
            range(arguments, DAYS, 1, MAX_DAYS, errors);
            return errors;
        }
        range(arguments, OFFSET_DAYS, -MAX_DAYS, MAX_DAYS, errors);
        String field = arguments.getOrDefault(FIELD, "").strip();
        if (!field.isEmpty() && !field.equals(DateQueries.BIRTHDAY) && !(field.startsWith(DateQueries.CUSTOM_FIELD_PREFIX)
                && clientDateFields.contains(field.substring(DateQueries.CUSTOM_FIELD_PREFIX.length())))) {
            errors.add(FieldError.of(path(FIELD), FieldError.NOT_ONE_OF,
                    "must be birthday or customFields.<key> of a DATE custom field of clients"));
        }
        return errors;
    }

    private static void range(Map<String, String> arguments, String name, int min, int max, List<FieldError> errors) {
        String value = arguments.getOrDefault(name, "").strip();
        if (value.matches("-?\\d{1,9}")) {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                errors.add(FieldError.of(path(name), FieldError.OUT_OF_RANGE, "must be between " + min + " and " + max));
            }
        }
    }

    private static String path(String name) {
        return "trigger.arguments." + name;
    }

    /** The trigger's days in the stage, offset and field, read from arguments the validator has checked. */
    static int days(Map<String, String> arguments) {
        return Integer.parseInt(arguments.get(DAYS).strip());
    }

    static int offsetDays(Map<String, String> arguments) {
        String value = arguments.getOrDefault(OFFSET_DAYS, "").strip();
        return value.isEmpty() ? 0 : Integer.parseInt(value);
    }

    static boolean yearly(Map<String, String> arguments) {
        return Boolean.parseBoolean(arguments.getOrDefault(YEARLY, "false").strip());
    }

    static String field(Map<String, String> arguments) {
        return arguments.get(FIELD).strip();
    }
}

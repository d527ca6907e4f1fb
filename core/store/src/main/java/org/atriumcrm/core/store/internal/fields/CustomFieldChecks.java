package org.atriumcrm.core.store.internal.fields;

import org.atriumcrm.core.api.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.CustomFieldDraft;
import org.atriumcrm.core.api.CustomFieldType;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.store.internal.support.FieldChecks;

/** A custom field definition: a usable key, options for picklists only, a default that fits the field. */
final class CustomFieldChecks {

    private static final Pattern KEY = Pattern.compile("^[a-zA-Z][a-zA-Z0-9_]{0,59}$");
    private static final int OPTIONS_MAX = 200;

    private CustomFieldChecks() {
    }

    static CustomFieldDraft validate(CustomFieldDraft draft) {
        FieldChecks checks = new FieldChecks();
        if (draft.recordKind() == null) {
            checks.add("recordKind", FieldError.REQUIRED, "is required: one of " + List.of(RecordKind.values()));
        }
        String key = FieldChecks.trimmed(draft.key());
        if (key == null || !KEY.matcher(key).matches()) {
            checks.add("key", "must start with a letter and hold only letters, digits and _ (at most 60)");
        }
        if (draft.type() == null) {
            checks.add("type", FieldError.REQUIRED, "is required: one of " + List.of(CustomFieldType.values()));
        }
        String label = checks.required("label", draft.label(), 100);
        boolean picklist = draft.type() == CustomFieldType.PICKLIST || draft.type() == CustomFieldType.MULTI_PICKLIST;
        List<String> options = new ArrayList<>();
        if (picklist) {
            Set<String> seen = new LinkedHashSet<>();
            checks.withinSize("options", draft.options(), OPTIONS_MAX);
            for (int i = 0; i < draft.options().size(); i++) {
                String option = checks.required("options[" + i + "]", draft.options().get(i), 200);
                if (option != null && !seen.add(option)) {
                    checks.add("options[" + i + "]", "repeated", "repeats another option");
                }
            }
            options.addAll(seen);
            if (options.isEmpty()) {
                checks.add("options", "are required for a picklist");
            }
        } else if (!draft.options().isEmpty()) {
            checks.add("options", "are only for picklists");
        }
        String defaultValue = checks.text("defaultValue", draft.defaultValue(), 1000);
        CustomFieldDraft valid = new CustomFieldDraft(draft.recordKind(), key, label, draft.type(), draft.required(),
                defaultValue, options);
        if (defaultValue != null && draft.type() != null) {
            try {
                CustomValues.canonical(asField(valid), draft.type() == CustomFieldType.MULTI_PICKLIST
                        ? List.of(defaultValue.split("\\s*,\\s*")) : defaultValue);
            } catch (IllegalArgumentException e) {
                checks.add("defaultValue", e.getMessage());
            }
        }
        checks.throwIfAny();
        return valid;
    }

    private static CustomField asField(CustomFieldDraft draft) {
        return new CustomField(null, draft.recordKind(), draft.key(), draft.label(), draft.type(), Boolean.TRUE.equals(draft.required()),
                draft.defaultValue(), draft.options(), 0);
    }
}

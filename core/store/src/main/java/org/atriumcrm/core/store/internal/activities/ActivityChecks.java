package org.atriumcrm.core.store.internal.activities;

import org.atriumcrm.core.api.FieldError;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atriumcrm.core.api.ActivityDraft;
import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.store.internal.fields.CustomValues;
import org.atriumcrm.core.store.internal.support.Checked;
import org.atriumcrm.core.store.internal.support.FieldChecks;

/** An activity draft: a client, a known type, sane lengths and a duration that is not negative. */
final class ActivityChecks {

    static final int DURATION_MAX_SECONDS = 7 * 24 * 3600;

    private ActivityChecks() {
    }

    static Checked<ActivityDraft> validate(ActivityDraft draft, Set<String> knownTypes, List<CustomField> customFields) {
        FieldChecks checks = new FieldChecks();
        String clientId = checks.required("clientId", draft.clientId(), 36);
        String type = checks.required("type", draft.type(), 60);
        if (type != null && !knownTypes.contains(type)) {
            checks.add("type", FieldError.NOT_ONE_OF, Map.of("allowed", String.join(", ", knownTypes.stream().sorted().toList())),
                    "is not an activity type: one of " + knownTypes.stream().sorted().toList());
        }
        Integer duration = draft.durationSeconds();
        if (duration != null && (duration < 0 || duration > DURATION_MAX_SECONDS)) {
            checks.add("durationSeconds", FieldError.OUT_OF_RANGE, Map.of("min", 0, "max", DURATION_MAX_SECONDS),
                    "must be from 0 to " + DURATION_MAX_SECONDS);
        }
        ActivityDraft valid = new ActivityDraft(clientId, FieldChecks.trimmed(draft.contactId()),
                FieldChecks.trimmed(draft.opportunityId()), type, draft.direction(),
                checks.text("subject", draft.subject(), 200),
                checks.text("objective", draft.objective(), 1000),
                checks.text("result", draft.result(), 4000),
                draft.occurredAt(), duration,
                checks.text("authorId", draft.authorId(), 64), Map.of());
        Map<String, List<String>> customValues = CustomValues.check(checks, draft.customFields(), customFields,
                RecordKind.ACTIVITY);
        checks.throwIfAny();
        return new Checked<>(valid, customValues);
    }
}

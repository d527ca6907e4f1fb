package org.atriumcrm.core.store.internal.tasks;

import org.atriumcrm.core.api.FieldError;
import java.util.List;
import java.util.Map;

import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.api.TaskDraft;
import org.atriumcrm.core.api.TaskPriority;
import org.atriumcrm.core.api.TaskStatus;
import org.atriumcrm.core.store.internal.fields.CustomValues;
import org.atriumcrm.core.store.internal.support.Checked;
import org.atriumcrm.core.store.internal.support.FieldChecks;

/** A task draft: a title, a due time (lists and overdue control run on it), a reminder no later than that. */
final class TaskChecks {

    private TaskChecks() {
    }

    static Checked<TaskDraft> validate(TaskDraft draft, List<CustomField> customFields) {
        FieldChecks checks = new FieldChecks();
        String title = checks.required("title", draft.title(), 200);
        String description = checks.text("description", draft.description(), 4000);
        String assignee = checks.text("assigneeId", draft.assigneeId(), 64);
        if (draft.dueAt() == null) {
            checks.add("dueAt", FieldError.REQUIRED, "is required");
        } else if (draft.remindAt() != null && draft.remindAt().isAfter(draft.dueAt())) {
            checks.add("remindAt", "after_due", "is after the due time");
        }
        Map<String, List<String>> customValues = CustomValues.check(checks, draft.customFields(), customFields, RecordKind.TASK);
        checks.throwIfAny();
        return new Checked<>(new TaskDraft(title, description, FieldChecks.trimmed(draft.clientId()),
                FieldChecks.trimmed(draft.opportunityId()), assignee, draft.dueAt(), draft.remindAt(),
                draft.priority() == null ? TaskPriority.NORMAL : draft.priority(),
                draft.status() == null ? TaskStatus.OPEN : draft.status(), Map.of()), customValues);
    }
}

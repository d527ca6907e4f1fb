package org.atriumcrm.core.store.internal.deals;

import org.atriumcrm.core.api.FieldError;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;

import org.atriumcrm.core.api.PipelineDraft;
import org.atriumcrm.core.api.Stage;
import org.atriumcrm.core.api.StageOutcome;
import org.atriumcrm.core.store.internal.support.FieldChecks;

/** A pipeline draft: a name and 2–30 stages with names, probabilities 0–100, at least one open stage. */
final class PipelineChecks {

    static final int STAGES_MAX = 30;

    private PipelineChecks() {
    }

    static PipelineDraft validate(PipelineDraft draft) {
        FieldChecks checks = new FieldChecks();
        String name = checks.required("name", draft.name(), 100);
        List<Stage> stages = new ArrayList<>();
        if (draft.stages().isEmpty()) {
            checks.add("stages", "needs at least one stage");
        }
        checks.withinSize("stages", draft.stages(), STAGES_MAX);
        for (int i = 0; i < draft.stages().size(); i++) {
            String field = "stages[" + i + "]";
            Stage stage = draft.stages().get(i);
            if (stage == null) {
                checks.add(field, FieldError.EMPTY, "is empty");
                continue;
            }
            if (stage.probability() < 0 || stage.probability() > 100) {
                checks.add(field + ".probability", FieldError.OUT_OF_RANGE, Map.of("min", 0, "max", 100), "must be from 0 to 100");
            }
            stages.add(new Stage(FieldChecks.trimmed(stage.id()), checks.required(field + ".name", stage.name(), 100),
                    stage.probability(), stage.outcome() == null ? StageOutcome.OPEN : stage.outcome()));
        }
        if (!stages.isEmpty() && stages.stream().noneMatch(stage -> stage.outcome() == StageOutcome.OPEN)) {
            checks.add("stages", "needs at least one open stage");
        }
        checks.throwIfAny();
        return new PipelineDraft(name, stages);
    }
}

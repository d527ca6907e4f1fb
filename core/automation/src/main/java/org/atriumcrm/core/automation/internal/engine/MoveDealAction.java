package org.atriumcrm.core.automation.internal.engine;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.Opportunity;
import org.atriumcrm.core.api.OpportunityService;
import org.atriumcrm.core.api.PipelineService;
import org.atriumcrm.core.api.VersionConflictException;
import org.atriumcrm.core.spi.ParameterSpec;
import org.atriumcrm.core.spi.UiContribution.Label;

/** {@code core.move-deal}: moves the rule's deal to a stage of its pipeline, once; for deals' rules only. */
final class MoveDealAction implements RuleAction {

    static final String ID = "core.move-deal";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            new ParameterSpec("stageId", Label.of("Stage", "Etapa", "Этап"), ParameterSpec.Type.TEXT, true),
            new ParameterSpec("lostReason", Label.of("Reason, for a lost stage", "Motivo, para una etapa perdida",
                    "Причина, для этапа проигрыша"), ParameterSpec.Type.TEXT, false));

    private final OpportunityService opportunities;
    private final PipelineService pipelines;

    MoveDealAction(OpportunityService opportunities, PipelineService pipelines) {
        this.opportunities = opportunities;
        this.pipelines = pipelines;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Label label() {
        return Label.of("Move the deal to a stage", "Mover la oportunidad a una etapa", "Перевести сделку на этап");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public List<FieldError> argumentErrors(Map<String, String> arguments) {
        String stageId = arguments.get("stageId").strip();
        boolean known = pipelines.list().stream().anyMatch(pipeline -> pipeline.stages().stream()
                .anyMatch(stage -> stageId.equals(stage.id())));
        return known ? List.of() : List.of(new FieldError("stageId", "is not a stage of any pipeline"));
    }

    @Override
    public String perform(RecordFacts record, Map<String, String> arguments) {
        if (!record.type().equals(OpportunityService.RECORD_TYPE)) {
            throw new IllegalArgumentException(ID + " moves a deal: a rule about a " + record.type() + " has none to move");
        }
        String stageId = arguments.get("stageId").strip();
        String lostReason = arguments.get("lostReason");
        try {
            return moveOnce(record.id(), stageId, lostReason);
        } catch (VersionConflictException changedMeanwhile) {
            return moveOnce(record.id(), stageId, lostReason);
        }
    }

    private String moveOnce(String dealId, String stageId, String lostReason) {
        Opportunity deal = opportunities.get(dealId)
                .orElseThrow(() -> new IllegalArgumentException("the deal " + dealId + " is gone"));
        if (stageId.equals(deal.stageId())) {
            return "deal " + dealId + " already at stage " + stageId;
        }
        boolean inPipeline = pipelines.get(deal.pipelineId()).stream()
                .anyMatch(pipeline -> pipeline.stages().stream().anyMatch(stage -> stageId.equals(stage.id())));
        if (!inPipeline) {
            throw new IllegalArgumentException("the stage " + stageId + " is not in the deal's pipeline");
        }
        opportunities.moveToStage(dealId, stageId, lostReason == null || lostReason.isBlank() ? null : lostReason.strip(),
                OptionalLong.of(deal.version()));
        return "deal " + dealId + " moved to stage " + stageId;
    }
}

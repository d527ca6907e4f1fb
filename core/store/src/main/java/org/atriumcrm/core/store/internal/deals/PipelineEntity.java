package org.atriumcrm.core.store.internal.deals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.Pipeline;
import org.atriumcrm.core.api.PipelineDraft;
import org.atriumcrm.core.api.Stage;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.store.internal.support.Records;
import org.atriumcrm.core.store.internal.support.Versioned;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** Storage form of a {@link Pipeline} with its ordered stages. */
@Entity
@Table(name = "atr_pipeline")
public class PipelineEntity implements Versioned {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "pipeline", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "ord")
    @BatchFetch(BatchFetchType.IN)
    private List<StageEntity> stages = new ArrayList<>();

    protected PipelineEntity() {
        // for JPA
    }

    PipelineEntity(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public long version() {
        return version;
    }

    Optional<StageEntity> stage(String stageId) {
        return stages.stream().filter(stage -> stage.id().equals(stageId)).findFirst();
    }

    StageEntity firstStage() {
        return stages.get(0);
    }

    /** Stage ids this draft would drop. */
    List<String> stagesLeftOut(PipelineDraft draft) {
        List<String> kept = draft.stages().stream().map(Stage::id).toList();
        return stages.stream().map(StageEntity::id).filter(id -> !kept.contains(id)).toList();
    }

    /** Takes a validated draft; stages sent with an id of this pipeline keep it. */
    void apply(PipelineDraft draft) {
        name = draft.name();
        Map<String, StageEntity> byId = new HashMap<>();
        stages.forEach(stage -> byId.put(stage.id(), stage));
        List<StageEntity> next = new ArrayList<>();
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < draft.stages().size(); i++) {
            Stage stage = draft.stages().get(i);
            StageEntity entity = stage.id() == null ? new StageEntity(Records.newId(), this) : byId.get(stage.id());
            if (entity == null) {
                unknown.add(new FieldError("stages[" + i + "].id", "is not a stage of this pipeline"));
                continue;
            }
            entity.apply(stage);
            next.add(entity);
        }
        if (!unknown.isEmpty()) {
            throw new ValidationException(unknown);
        }
        stages.clear();
        stages.addAll(next);
    }

    Pipeline toPipeline() {
        return new Pipeline(id, name, stages.stream().map(StageEntity::toStage).toList(), version);
    }
}

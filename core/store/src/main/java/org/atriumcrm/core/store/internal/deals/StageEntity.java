package org.atriumcrm.core.store.internal.deals;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import org.atriumcrm.core.api.Stage;
import org.atriumcrm.core.api.StageOutcome;

/** Storage form of a {@link Stage}; owned by its pipeline. */
@Entity
@Table(name = "atr_stage")
public class StageEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "pipeline_id", nullable = false)
    private PipelineEntity pipeline;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "probability", nullable = false)
    private int probability;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 10)
    private StageOutcome outcome;

    protected StageEntity() {
        // for JPA
    }

    StageEntity(String id, PipelineEntity pipeline) {
        this.id = id;
        this.pipeline = pipeline;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    int probability() {
        return probability;
    }

    StageOutcome outcome() {
        return outcome;
    }

    void apply(Stage stage) {
        name = stage.name();
        probability = stage.probability();
        outcome = stage.outcome();
    }

    Stage toStage() {
        return new Stage(id, name, probability, outcome);
    }
}

package org.atriumcrm.core.api;

import java.util.List;

/** What a user submits to create or replace a pipeline: the stages in their order. */
public record PipelineDraft(String name, List<Stage> stages) {

    public PipelineDraft {
        stages = Lists.copyOrEmpty(stages);
    }
}

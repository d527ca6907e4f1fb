package org.atriumcrm.core.api;

import java.util.List;

/** A sales process: its stages in order, from first contact to won or lost. */
public record Pipeline(String id, String name, List<Stage> stages, long version) {

    public Pipeline {
        stages = Lists.copyOrEmpty(stages);
    }
}

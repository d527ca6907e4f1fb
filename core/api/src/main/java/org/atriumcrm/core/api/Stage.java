package org.atriumcrm.core.api;

/**
 * One stage of a pipeline.
 *
 * @param id          {@code null} for a new stage; an existing id keeps the stage (and its opportunities)
 * @param probability chance of winning at this stage, 0–100, the default for opportunities here
 */
public record Stage(String id, String name, int probability, StageOutcome outcome) {
}

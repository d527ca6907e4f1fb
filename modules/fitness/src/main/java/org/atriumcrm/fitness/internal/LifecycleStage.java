package org.atriumcrm.fitness.internal;

/** Where a member stands in their life in the club; see {@link StageRules} for how it is decided. */
public enum LifecycleStage {
    /** The first days after the first membership started: the member is finding their rhythm. */
    ADAPTATION,
    /** Training as usual. */
    ACTIVE,
    /** Recent visits well below the member's own usual frequency. */
    DECLINING,
    /** The membership ends soon and no renewal follows it yet. */
    EXPIRING,
    /** The last membership ended (or its pack was used up) and was not renewed. */
    LAPSED
}

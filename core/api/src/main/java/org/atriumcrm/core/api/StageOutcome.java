package org.atriumcrm.core.api;

/** What reaching a stage means for an opportunity. */
public enum StageOutcome {
    /** still being worked on */
    OPEN,
    /** the deal is closed and won */
    WON,
    /** the deal is closed and lost; moving here needs a reason */
    LOST
}

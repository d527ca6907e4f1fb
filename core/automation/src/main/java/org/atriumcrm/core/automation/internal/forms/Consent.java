package org.atriumcrm.core.automation.internal.forms;

/**
 * The consent checkbox of a form (posted as {@value #INPUT}); the text shown is kept with each submission.
 *
 * @param required whether a submission without the box ticked is refused (left out: no)
 */
public record Consent(String text, Boolean required) {

    /** The checkbox's input name. */
    public static final String INPUT = "consent";

    public Consent {
        required = Boolean.TRUE.equals(required);
    }
}

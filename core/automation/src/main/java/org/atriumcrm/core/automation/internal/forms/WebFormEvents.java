package org.atriumcrm.core.automation.internal.forms;

/** The event an accepted submission posts after its client and activity are written; it fires {@code webform.submitted}. */
public final class WebFormEvents {

    public static final String SUBMITTED = "atrium/webform/SUBMITTED";
    /** The client the submission created or matched: {@link org.atriumcrm.core.spi.TriggerType#CLIENT_ID}. */
    public static final String PROP_CLIENT_ID = "client.id";
    public static final String PROP_FORM_ID = "form.id";
    /** The submission's id, which makes each submission an occurrence of its own for rules. */
    public static final String PROP_SUBMISSION_ID = "submission.id";
    /** Whether the submission made a new client ({@code true}) or matched a stored one. */
    public static final String PROP_CLIENT_CREATED = "client.created";

    private WebFormEvents() {
    }
}

package org.atriumcrm.core.spi;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Something a workflow can do for a client (send an SMS, create a task, offer a renewal).
 * Extend {@link BaseActionType} rather than implementing this.
 */
@ConsumerType
public interface ActionType {

    /** Service property with the action's id, for filtering. */
    String PROP_ID = "atrium.action.id";

    /**
     * An argument the engine adds when the occurrence is about one contact of the client (a contact's
     * birthday): that contact's id, whom an action addressing "the contact" must address.
     */
    String ARG_TRIGGER_CONTACT_ID = "trigger.contactId";

    /** Stable id prefixed by the module id: {@code telephony.send-sms}. */
    String id();

    UiContribution.Label label();

    List<ParameterSpec> parameters();

    /**
     * Carries the action out for one client.
     *
     * @param arguments the rule's arguments of this action, and {@link #ARG_TRIGGER_CONTACT_ID} when the
     *                  occurrence is about one contact
     * @return a short line for the workflow's log: what was done
     * @throws IllegalArgumentException when an argument is missing or wrong
     */
    String perform(String clientId, Map<String, String> arguments);
}

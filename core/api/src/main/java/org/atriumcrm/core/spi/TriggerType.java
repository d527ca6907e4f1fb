package org.atriumcrm.core.spi;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Something that can start a workflow for a client ("membership expiring in N days", "stage
 * changed"). A trigger listens to one event topic; the automation engine calls
 * {@link #fires(Map, Map)} for every event on it, with the arguments a workflow gave.
 * Conditions over time (no visit for N days) are evaluated by the module, which posts an event
 * when they hold. Extend {@link BaseTriggerType} rather than implementing this.
 */
@ConsumerType
public interface TriggerType {

    /** Service property with the trigger's id, for filtering. */
    String PROP_ID = "atrium.trigger.id";
    /** The event property every trigger event carries: the client the workflow runs for. */
    String CLIENT_ID = "client.id";

    /** Stable id prefixed by the module id: {@code fitness.membership-expiring}. */
    String id();

    UiContribution.Label label();

    /** The EventAdmin topic whose events may fire the trigger. */
    String topic();

    List<ParameterSpec> parameters();

    /**
     * Whether an event on {@link #topic()} fires a workflow configured with {@code arguments}.
     *
     * @param event the event's properties; {@link #CLIENT_ID} names the client
     */
    boolean fires(Map<String, Object> event, Map<String, String> arguments);
}

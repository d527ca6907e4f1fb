package org.atriumcrm.core.automation.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.CustomFieldService;
import org.atriumcrm.core.api.CustomFieldType;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.OpportunityService;
import org.atriumcrm.core.api.PipelineService;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.api.TaskService;
import org.atriumcrm.core.api.security.UserService;
import org.atriumcrm.core.automation.internal.EngineClock;
import org.atriumcrm.core.automation.internal.assignment.TeamRotation;
import org.atriumcrm.core.automation.internal.rules.StepSpec;
import org.atriumcrm.core.automation.internal.rules.StepTypes;
import org.atriumcrm.core.automation.internal.scheduler.AutomationScheduler;
import org.atriumcrm.core.automation.internal.timed.TimeTrigger;
import org.atriumcrm.core.spi.ActionType;
import org.atriumcrm.core.spi.ParameterSpec;
import org.atriumcrm.core.spi.TriggerType;
import org.atriumcrm.core.spi.UiContribution.Label;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The trigger and action types rules can use now: core's (built in here, the time-based ones of
 * {@link TimeTrigger}, or {@link RuleAction} services
 * of this bundle such as {@code core.call-webhook}), and those of the modules installed, which come and
 * go with their module (a rule using an absent one is inactive until it returns).
 */
@Component(service = {RuleCatalogue.class, StepTypes.class})
public class RuleCatalogue implements StepTypes {

    /** A type as the editor lists it. */
    public record TypeInfo(String id, Label label, List<ParameterSpec> parameters, String module) {
    }

    private final Map<String, RuleAction> builtInActions;
    private final CustomFieldService customFields;
    private final Map<String, RuleAction> contributedActions = new ConcurrentHashMap<>();
    private final Map<String, TriggerType> moduleTriggers = new ConcurrentHashMap<>();
    private final Map<String, ActionType> moduleActions = new ConcurrentHashMap<>();

    @Activate
    public RuleCatalogue(@Reference TaskService tasks, @Reference CustomFieldService customFields, @Reference EngineClock clock,
            @Reference ClientService clients, @Reference OpportunityService opportunities, @Reference PipelineService pipelines,
            @Reference UserService users, @Reference TeamRotation rotation) {
        this.customFields = customFields;
        ClientChanges clientChanges = new ClientChanges(clients);
        builtInActions = Stream.of(new CreateTaskAction(tasks, clients, users, rotation, clock), new AddTagAction(clientChanges),
                        new SetFieldAction(clientChanges, customFields), new MoveDealAction(opportunities, pipelines))
                .collect(Collectors.toUnmodifiableMap(RuleAction::id, action -> action));
    }

    /** Told when a type arrives, so that time-based rules using it are swept without waiting a day */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AutomationScheduler scheduler;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContributedAction(RuleAction action) {
        contributedActions.put(action.id(), action);
        arrived();
    }

    void removeContributedAction(RuleAction action) {
        contributedActions.remove(action.id(), action);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addTrigger(TriggerType trigger) {
        moduleTriggers.put(trigger.id(), trigger);
        arrived();
    }

    void removeTrigger(TriggerType trigger) {
        moduleTriggers.remove(trigger.id(), trigger);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAction(ActionType action) {
        moduleActions.put(action.id(), action);
        arrived();
    }

    private void arrived() {
        AutomationScheduler current = scheduler;
        if (current != null) {
            current.sweepSoon();
        }
    }

    void removeAction(ActionType action) {
        moduleActions.remove(action.id(), action);
    }

    @Override
    public Optional<List<ParameterSpec>> triggerParameters(String id) {
        Optional<BuiltInTrigger> builtIn = BuiltInTrigger.byId(id);
        if (builtIn.isPresent()) {
            return Optional.of(builtIn.get().parameters());
        }
        Optional<TimeTrigger> timed = TimeTrigger.byId(id);
        if (timed.isPresent()) {
            return Optional.of(timed.get().parameters());
        }
        return Optional.ofNullable(moduleTriggers.get(id)).map(TriggerType::parameters);
    }

    @Override
    public List<FieldError> triggerArgumentErrors(StepSpec trigger) {
        Optional<BuiltInTrigger> builtIn = BuiltInTrigger.byId(trigger.type().strip())
                .filter(found -> found.kind() == BuiltInTrigger.Kind.FIELD_CHANGED);
        if (builtIn.isPresent()) {
            String recordType = builtIn.get().recordType();
            Set<String> customKeys = customFields.list(WatchedField.kind(recordType)).stream().map(field -> field.key())
                    .collect(Collectors.toSet());
            return WatchedField.check(recordType, trigger.arguments().get(BuiltInTrigger.FIELD), customKeys);
        }
        return TimeTrigger.byId(trigger.type().strip())
                .map(timed -> timed.check(trigger.arguments(), clientDateFields()))
                .orElse(List.of());
    }

    private Set<String> clientDateFields() {
        return customFields.list(RecordKind.CLIENT).stream()
                .filter(field -> field.type() == CustomFieldType.DATE)
                .map(field -> field.key())
                .collect(Collectors.toSet());
    }

    @Override
    public Optional<List<ParameterSpec>> actionParameters(String id) {
        return action(id).map(RuleAction::parameters);
    }

    @Override
    public List<FieldError> actionArgumentErrors(StepSpec step, String path) {
        return action(step.type().strip()).map(action -> action.argumentErrors(step.arguments())).orElse(List.of()).stream()
                .map(error -> new FieldError(path + ".arguments." + error.field(), error.code(), error.arguments(), error.message()))
                .toList();
    }

    public Optional<TriggerType> moduleTrigger(String id) {
        return Optional.ofNullable(moduleTriggers.get(id));
    }

    public Optional<RuleAction> action(String id) {
        RuleAction builtIn = builtInActions.get(id);
        if (builtIn != null) {
            return Optional.of(builtIn);
        }
        RuleAction contributed = contributedActions.get(id);
        if (contributed != null) {
            return Optional.of(contributed);
        }
        return Optional.ofNullable(moduleActions.get(id)).map(ModuleAction::new);
    }

    public List<TypeInfo> triggers() {
        List<TypeInfo> all = new ArrayList<>();
        for (BuiltInTrigger trigger : BuiltInTrigger.values()) {
            all.add(new TypeInfo(trigger.id(), trigger.label(), trigger.parameters(), null));
        }
        for (TimeTrigger trigger : TimeTrigger.values()) {
            all.add(new TypeInfo(trigger.id(), trigger.label(), trigger.parameters(), null));
        }
        moduleTriggers.values().forEach(trigger -> all.add(new TypeInfo(trigger.id(), trigger.label(), trigger.parameters(),
                module(trigger.id()))));
        return all;
    }

    public List<TypeInfo> actions() {
        List<TypeInfo> all = new ArrayList<>();
        builtInActions.values().forEach(action -> all.add(new TypeInfo(action.id(), action.label(), action.parameters(), null)));
        contributedActions.values().forEach(action -> all.add(new TypeInfo(action.id(), action.label(), action.parameters(), null)));
        moduleActions.values().forEach(action -> all.add(new TypeInfo(action.id(), action.label(), action.parameters(),
                module(action.id()))));
        return all;
    }

    private static String module(String typeId) {
        int dot = typeId.indexOf('.');
        return dot > 0 ? typeId.substring(0, dot) : null;
    }

    /** A module's action: it acts for the client the record belongs to. */
    private record ModuleAction(ActionType type) implements RuleAction {

        @Override
        public String id() {
            return type.id();
        }

        @Override
        public Label label() {
            return type.label();
        }

        @Override
        public List<ParameterSpec> parameters() {
            return type.parameters();
        }

        @Override
        public String perform(RecordFacts record, Map<String, String> arguments) {
            if (record.clientId() == null) {
                throw new IllegalArgumentException("the " + record.type() + " belongs to no client");
            }
            return type.perform(record.clientId(), arguments);
        }
    }
}

package org.atriumcrm.core.automation.internal.commands;

import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.atriumcrm.core.automation.internal.engine.DryRun;
import org.atriumcrm.core.automation.internal.engine.RecordFacts;
import org.atriumcrm.core.automation.internal.engine.RecordReader;
import org.atriumcrm.core.automation.internal.engine.RuleCatalogue;
import org.atriumcrm.core.automation.internal.rules.Rule;
import org.atriumcrm.core.automation.internal.rules.RuleStore;
import org.atriumcrm.core.automation.internal.rules.StoredRule;

/**
 * {@code atrium:rule-run <id> <clientId>}: a dry run of a rule on a client: whether its conditions hold
 * and what its actions would do. Nothing is changed and no run is logged.
 */
@Service
@Command(scope = "atrium", name = "rule-run", description = "Dry run of a rule on a client: its conditions and what its actions would do, changing nothing")
public class RuleRunCommand implements Action {

    @Argument(index = 0, name = "id", description = "The rule's id (see atrium:rules)", required = true)
    String ruleId;

    @Argument(index = 1, name = "clientId", description = "The client to try it on", required = true)
    String clientId;

    @Reference
    RuleStore rules;

    @Reference
    RuleCatalogue catalogue;

    @Reference
    RecordReader records;

    @Override
    public Object execute() {
        Optional<StoredRule> rule = rules.get(ruleId);
        if (rule.isEmpty()) {
            System.out.println("No rule " + ruleId + " (atrium:rules lists them)");
            return null;
        }
        Optional<RecordFacts> client = records.read("client", clientId);
        if (client.isEmpty()) {
            System.out.println("No client " + clientId);
            return null;
        }
        Optional<String> inactive = Rule.missingType(rule.get().definition(), catalogue);
        DryRun.lines(rule.get(), inactive, client.get(), catalogue::action).forEach(System.out::println);
        return null;
    }
}

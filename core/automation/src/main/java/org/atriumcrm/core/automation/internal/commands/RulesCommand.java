package org.atriumcrm.core.automation.internal.commands;

import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.atriumcrm.core.automation.internal.engine.RuleCatalogue;
import org.atriumcrm.core.automation.internal.rules.Rule;
import org.atriumcrm.core.automation.internal.rules.RuleStore;
import org.atriumcrm.core.automation.internal.rules.StoredRule;

/** {@code atrium:rules}: every rule with its trigger, whether it is enabled, its version and whether it can run now. */
@Service
@Command(scope = "atrium", name = "rules", description = "Lists the workflow rules: trigger, enabled, version, active or why not")
public class RulesCommand implements Action {

    @Reference
    RuleStore rules;

    @Reference
    RuleCatalogue catalogue;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Trigger");
        table.column("Enabled");
        table.column("Version");
        table.column("State");
        for (StoredRule stored : rules.all()) {
            Rule rule = Rule.of(stored, catalogue);
            table.addRow().addContent(rule.id(), rule.name(), rule.trigger().type(), rule.enabled() ? "yes" : "no",
                    rule.version(), (rule.active() ? "active" : "inactive: " + rule.inactiveReason())
                            + rule.warnings().stream().map(warning -> "; " + warning.field() + " " + warning.message())
                                    .collect(Collectors.joining()));
        }
        table.print(System.out);
        return null;
    }
}

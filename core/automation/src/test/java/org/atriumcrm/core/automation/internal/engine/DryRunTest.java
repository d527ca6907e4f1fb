package org.atriumcrm.core.automation.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.atriumcrm.core.automation.internal.rules.Condition;
import org.atriumcrm.core.automation.internal.rules.Operator;
import org.atriumcrm.core.automation.internal.rules.RuleDefinition;
import org.atriumcrm.core.automation.internal.rules.StepSpec;
import org.atriumcrm.core.automation.internal.rules.StoredRule;
import org.atriumcrm.core.spi.ParameterSpec;
import org.atriumcrm.core.spi.UiContribution.Label;
import org.junit.jupiter.api.Test;

class DryRunTest {

    /** An action that must never be performed by a dry run. */
    private static final RuleAction TAG = new RuleAction() {
        @Override
        public String id() {
            return "core.add-tag";
        }

        @Override
        public Label label() {
            return Label.of("Add a tag", "Añadir", "Тег");
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of();
        }

        @Override
        public String perform(RecordFacts record, Map<String, String> arguments) {
            throw new AssertionError("a dry run performed an action");
        }
    };

    private static StoredRule rule(Condition conditions) {
        RuleDefinition definition = new RuleDefinition("Tag leads", new StepSpec("client.created", Map.of()), conditions,
                List.of(new StepSpec("core.add-tag", Map.of("tag", "hot")), new StepSpec("fitness.offer", Map.of())));
        return new StoredRule("r-1", true, 3, definition, Instant.EPOCH, Instant.EPOCH);
    }

    private static final RecordFacts LEAD = new RecordFacts("client", "c-1", "c-1", "u-1", 4,
            Map.of("status", "LEAD", "name", "Omicron"));

    @Test
    void showsEachConditionWithTheRecordsValueAndWhatEachActionWouldDo() {
        Condition conditions = new Condition.All(List.of(new Condition.Comparison("status", Operator.EQ, "lead", null),
                new Condition.Any(List.of(new Condition.Comparison("name", Operator.CONTAINS, "omi", null),
                        new Condition.Comparison("tags", Operator.EMPTY, null, null)))));

        List<String> lines = DryRun.lines(rule(conditions), Optional.empty(), LEAD,
                id -> id.equals(TAG.id()) ? Optional.of(TAG) : Optional.empty());

        assertEquals("Rule r-1 \"Tag leads\", version 3, trigger client.created, enabled, active", lines.get(0));
        assertTrue(lines.contains("    [yes] status eq lead (is: LEAD)"), lines.toString());
        assertTrue(lines.contains("      [yes] name contains omi (is: Omicron)"), lines.toString());
        assertTrue(lines.contains("  1. core.add-tag: would run core.add-tag with {tag=hot}"), lines.toString());
        assertTrue(lines.contains("  2. fitness.offer: not installed: the run would wait for it"), lines.toString());
    }

    @Test
    void conditionsThatDoNotHoldStopBeforeTheActions() {
        List<String> lines = DryRun.lines(rule(new Condition.Comparison("status", Operator.EQ, "ACTIVE", null)),
                Optional.of("action type fitness.offer is not installed"), LEAD, id -> Optional.of(TAG));

        assertTrue(lines.get(0).endsWith("inactive: action type fitness.offer is not installed"), lines.get(0));
        assertTrue(lines.contains("  [no]  status eq ACTIVE (is: LEAD)"), lines.toString());
        assertEquals("The conditions do not hold: the rule would do nothing.", lines.get(lines.size() - 1));
    }
}

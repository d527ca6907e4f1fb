package org.atriumcrm.core.automation.internal.forms;

import java.util.List;
import java.util.Map;

import org.atriumcrm.core.automation.internal.rules.Condition;
import org.atriumcrm.core.automation.internal.rules.RuleDefinition;
import org.atriumcrm.core.automation.internal.rules.RuleStore;
import org.atriumcrm.core.automation.internal.rules.StepSpec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs, once and disabled, the example rule for web leads: a welcome e-mail and a call task for
 * the client's owner. It names no real template (templates are the installation's own): an admin puts
 * a template's id into its first action and enables it.
 */
@Component(immediate = true)
public class ExampleRules {

    public static final String WEB_LEAD_WELCOME = "example-web-lead-welcome";
    /** What the example's e-mail action names until an admin chooses a template. */
    public static final String TEMPLATE_PLACEHOLDER = "put-a-template-id-here";
    private static final Logger LOG = LoggerFactory.getLogger(ExampleRules.class);

    @Activate
    public ExampleRules(@Reference RuleStore rules) {
        RuleDefinition welcome = new RuleDefinition("Web lead: welcome e-mail and a call task for the owner",
                new StepSpec(WebFormSubmitted.ID, Map.of()), Condition.ALWAYS, List.of(
                        new StepSpec("core.send-email", Map.of("template", TEMPLATE_PLACEHOLDER, "to", "client")),
                        new StepSpec("core.create-task", Map.of("title", "Call the web lead", "assignee", "owner",
                                "dueInDays", "1", "priority", "HIGH"))));
        if (rules.install(WEB_LEAD_WELCOME, welcome, false)) {
            LOG.info("Installed the example rule {} (disabled)", WEB_LEAD_WELCOME);
        }
    }
}

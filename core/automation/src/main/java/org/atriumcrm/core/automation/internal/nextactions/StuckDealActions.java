package org.atriumcrm.core.automation.internal.nextactions;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.atriumcrm.core.api.Opportunity;
import org.atriumcrm.core.api.OpportunityQuery;
import org.atriumcrm.core.api.OpportunityService;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.StageChange;
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.api.security.FieldPaths;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.automation.internal.AutomationConfiguration;
import org.atriumcrm.core.automation.internal.EngineClock;
import org.atriumcrm.core.spi.NextAction;
import org.atriumcrm.core.spi.NextActionSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * The user's open deals that have sat in their current stage longer than the stage's limit: stages
 * carry no limit of their own, so it is {@code next.actions.stuck.days} of automation's configuration
 * for every stage, measured by the engine's clock as {@code opportunity.stuck} measures it. The
 * occurrence is the stage entry: a deal moved on and stuck again is a new item. Done dismisses it.
 */
@Component(service = NextActionSource.class, configurationPid = AutomationConfiguration.PID)
public class StuckDealActions implements NextActionSource {

    private static final int PAGE = 100;
    /** The user's open deals looked at, newest first: more than anyone works on at once. */
    private static final int MAX_DEALS = 500;

    private final OpportunityService opportunities;
    private final EngineClock clock;
    private volatile Duration limit;

    @Activate
    public StuckDealActions(@Reference OpportunityService opportunities, @Reference EngineClock clock,
            AutomationConfiguration configuration) {
        this.opportunities = opportunities;
        this.clock = clock;
        modified(configuration);
    }

    @Modified
    void modified(AutomationConfiguration configuration) {
        limit = Duration.ofDays(Math.max(1, configuration.next_actions_stuck_days()));
    }

    @Override
    public List<NextAction> nextActions(String userId, Instant now, ZoneId zone, int max) {
        boolean titleHidden = Caller.current().map(caller -> FieldPaths.hides(caller.hiddenFields(Sections.OPPORTUNITIES), "title"))
                .orElse(false);
        Instant enteredBefore = clock.instant().minus(limit);
        List<NextAction> items = new ArrayList<>();
        String after = null;
        int seen = 0;
        do {
            Page<Opportunity> page = opportunities.find(new OpportunityQuery(null, null, null, userId, true, PAGE, after));
            for (Opportunity deal : page.items()) {
                seen++;
                List<StageChange> history = opportunities.stageHistory(deal.id());
                StageChange entered = history.isEmpty() ? null : history.get(history.size() - 1);
                if (entered == null || !entered.at().isBefore(enteredBefore) || items.size() >= max) {
                    continue;
                }
                items.add(new NextAction(NextAction.CORE, "stuck:" + entered.id(), NextAction.STUCK_DEAL,
                        titleHidden ? "" : deal.title(), OpportunityService.RECORD_TYPE, deal.id(), entered.at(), deal.clientId(),
                        null, Map.of("stage", String.valueOf(entered.toStageName()),
                                "days", Duration.between(entered.at(), clock.instant()).toDays())));
            }
            after = page.next();
        } while (after != null && seen < MAX_DEALS);
        return items;
    }
}

package org.atriumcrm.fitness.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renewal statistics over the memberships whose last day fell in a period of months. A membership
 * counts once it is decided: renewed, or ended without a renewal (lapsed); one still running and
 * not renewed yet is left out.
 *
 * @param months        every month of the period, in order, zeros included
 * @param plans         by plan, in the order of first appearance
 * @param visitsPerWeek of renewers and non-renewers over their memberships
 * @param stages        members per lifecycle stage now
 */
public record RenewalStats(String from, String to, List<Tally> months, List<PlanTally> plans, VisitsPerWeek visitsPerWeek,
                           Map<LifecycleStage, Long> stages) {

    /** @param renewalRate renewed / due, 0 to 1; {@code null} when nothing was due */
    public record Tally(String month, int due, int renewed, int lapsed, Double renewalRate) {
    }

    public record PlanTally(String planId, String planName, int due, int renewed, int lapsed, Double renewalRate) {
    }

    /** Averages of each membership's visits per week; {@code null} when there was none of the kind. */
    public record VisitsPerWeek(Double renewers, Double nonRenewers, int renewerCount, int nonRenewerCount) {
    }

    /**
     * One decided membership.
     *
     * @param ended         the month of its last day
     * @param visitsPerWeek its visits over the weeks it ran
     */
    public record Outcome(YearMonth ended, String planId, String planName, boolean renewed, double visitsPerWeek) {
    }

    /** Tallies decided memberships over the months from {@code from} to {@code to}, both included. */
    public static RenewalStats of(YearMonth from, YearMonth to, List<Outcome> outcomes, Map<LifecycleStage, Long> stages) {
        Map<YearMonth, int[]> byMonth = new LinkedHashMap<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            byMonth.put(month, new int[2]);
        }
        Map<String, int[]> byPlan = new LinkedHashMap<>();
        Map<String, String> planNames = new LinkedHashMap<>();
        double renewerVisits = 0;
        double otherVisits = 0;
        int renewers = 0;
        int others = 0;
        for (Outcome outcome : outcomes) {
            int[] month = byMonth.get(outcome.ended());
            if (month == null) {
                continue;
            }
            int index = outcome.renewed() ? 0 : 1;
            month[index]++;
            byPlan.computeIfAbsent(outcome.planId(), id -> new int[2])[index]++;
            planNames.putIfAbsent(outcome.planId(), outcome.planName());
            if (outcome.renewed()) {
                renewers++;
                renewerVisits += outcome.visitsPerWeek();
            } else {
                others++;
                otherVisits += outcome.visitsPerWeek();
            }
        }
        List<Tally> months = new ArrayList<>();
        byMonth.forEach((month, counts) -> months.add(new Tally(month.toString(), counts[0] + counts[1], counts[0], counts[1],
                rate(counts))));
        List<PlanTally> plans = new ArrayList<>();
        byPlan.forEach((plan, counts) -> plans.add(new PlanTally(plan, planNames.get(plan), counts[0] + counts[1], counts[0],
                counts[1], rate(counts))));
        VisitsPerWeek visits = new VisitsPerWeek(average(renewerVisits, renewers), average(otherVisits, others), renewers, others);
        return new RenewalStats(from.toString(), to.toString(), months, plans, visits, stages);
    }

    private static Double rate(int[] renewedAndLapsed) {
        int due = renewedAndLapsed[0] + renewedAndLapsed[1];
        return due == 0 ? null : (double) renewedAndLapsed[0] / due;
    }

    private static Double average(double total, int count) {
        return count == 0 ? null : Math.round(total / count * 100) / 100.0;
    }
}

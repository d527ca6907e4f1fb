package org.atriumcrm.fitness.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.atriumcrm.core.spi.ReportProvider;
import org.atriumcrm.core.spi.UiContribution.Label;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The renewal statistics as chart data for Atrium's reports: by month, by plan, visits per week, members per stage. */
@Component(service = ReportProvider.class, property = ReportProvider.PROP_ID + "=" + RenewalReportProvider.ID)
public class RenewalReportProvider implements ReportProvider {

    static final String ID = ModuleDescriptor.ID + ".renewals";

    private static final Label RENEWED = Label.of("Renewed", "Renovadas", "Продлено");
    private static final Label LAPSED = Label.of("Lapsed", "No renovadas", "Не продлено");
    private static final Label RATE = Label.of("Renewal rate", "Tasa de renovación", "Доля продлений");

    private final RenewalReport report;

    @Activate
    public RenewalReportProvider(@Reference RenewalReport report) {
        this.report = report;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Label label() {
        return Label.of("Membership renewals", "Renovación de membresías", "Продление абонементов");
    }

    @Override
    public String section() {
        return ModuleDescriptor.ID;
    }

    /** Parameters {@code from} and {@code to}, months such as {@code 2026-01}. */
    @Override
    public List<Dataset> data(Map<String, String> parameters) {
        RenewalStats stats = report.stats(QueryParams.month(parameters.get("from"), "from"),
                QueryParams.month(parameters.get("to"), "to"));
        List<Dataset> data = new ArrayList<>();
        data.add(new Dataset("by-month", Label.of("Renewals by month", "Renovaciones por mes", "Продления по месяцам"),
                stats.months().stream().map(RenewalStats.Tally::month).toList(), List.of(
                        series("renewed", RENEWED, stats.months(), tally -> (double) tally.renewed()),
                        series("lapsed", LAPSED, stats.months(), tally -> (double) tally.lapsed()),
                        series("rate", RATE, stats.months(), RenewalStats.Tally::renewalRate))));
        data.add(new Dataset("by-plan", Label.of("Renewals by plan", "Renovaciones por plan", "Продления по тарифам"),
                stats.plans().stream().map(RenewalStats.PlanTally::planName).toList(), List.of(
                        series("renewed", RENEWED, stats.plans(), tally -> (double) tally.renewed()),
                        series("lapsed", LAPSED, stats.plans(), tally -> (double) tally.lapsed()),
                        series("rate", RATE, stats.plans(), RenewalStats.PlanTally::renewalRate))));
        data.add(new Dataset("visits-per-week", Label.of("Visits per week", "Visitas por semana", "Посещений в неделю"),
                List.of("renewers", "non-renewers"), List.of(new Series("visits-per-week",
                        Label.of("Average visits per week", "Visitas semanales de media", "В среднем посещений в неделю"),
                        Arrays.asList(stats.visitsPerWeek().renewers(), stats.visitsPerWeek().nonRenewers())))));
        data.add(new Dataset("stages", Label.of("Members by stage", "Socios por etapa", "Клиенты по этапам"),
                stats.stages().keySet().stream().map(Enum::name).toList(), List.of(new Series("members",
                        Label.of("Members", "Socios", "Клиенты"),
                        stats.stages().values().stream().map(Long::doubleValue).toList()))));
        return data;
    }

    private static <T> Series series(String id, Label label, List<T> rows, Function<T, Double> value) {
        List<Double> values = new ArrayList<>();
        rows.forEach(row -> values.add(value.apply(row)));
        return new Series(id, label, values);
    }
}

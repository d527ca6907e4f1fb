package org.atriumcrm.core.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A report a module offers ("renewals by month"), as data a chart can draw: each {@link Dataset} is
 * one chart, with its category labels (the x axis) and one or more numeric {@link Series} over them.
 * A module registers it as a service with {@link #PROP_ID}; a reports page or a dashboard may list
 * the registered providers and ask each for its data. Core does not consume it yet.
 */
@ConsumerType
public interface ReportProvider {

    /** Service property with the report's id, for filtering. */
    String PROP_ID = "atrium.report.id";

    /** Stable id prefixed by the module id: {@code fitness.renewals}. */
    String id();

    /** The report's name in the UI's languages. */
    UiContribution.Label label();

    /** The section a caller's role must let it read to see the report, as in {@link RequiresSection}. */
    String section();

    /**
     * The report's data now.
     *
     * @param parameters what the caller asked for, by name (a period such as {@code from} and {@code to},
     *                   as ISO-8601 text); absent ones take the report's defaults, unknown ones are ignored
     * @throws org.atriumcrm.core.api.ValidationException naming a parameter whose value the report cannot use
     */
    List<Dataset> data(Map<String, String> parameters);

    /**
     * One chart: {@code labels} name the categories, and every series has one value per label, in the
     * same order ({@code null} where there is no value).
     *
     * @param id    stable within the report: {@code by-month}
     * @param title the chart's caption
     */
    record Dataset(String id, UiContribution.Label title, List<String> labels, List<Series> series) {

        public Dataset {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            labels = List.copyOf(labels);
            series = List.copyOf(series);
            for (Series each : series) {
                if (each.values().size() != labels.size()) {
                    throw new IllegalArgumentException("Series " + each.id() + " has " + each.values().size()
                            + " values for " + labels.size() + " labels");
                }
            }
        }
    }

    /**
     * Numbers over a dataset's labels: counts, rates (0..1), averages.
     *
     * @param values one per label of the dataset; {@code null} where there is none
     */
    record Series(String id, UiContribution.Label label, List<Double> values) {

        public Series {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            // List.copyOf refuses nulls, which mark a category without a value
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }
}

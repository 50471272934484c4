package se.kunskapsnav.reach.charts;

import java.util.Objects;

/**
 * The visible names of a chart's axes, e.g. "Månad" along the bottom and "Deltaganden" up the side.
 *
 * @param category what the labels are (the months, the professions)
 * @param value    what the figures count
 */
public record ChartAxes(String category, String value) {

    public ChartAxes {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(value, "value");
    }
}

package se.kunskapsnav.reach.charts;

import java.util.Objects;

/**
 * One point of a line chart (e.g. one month), drawn the same in the page's SVG and in the PDF report.
 *
 * @param label     the point's place on the axis, e.g. "jan 2025"
 * @param value     the count, or {@code null} when it is hidden as a small count
 * @param valueText the count as people read it
 */
public record ChartPoint(String label, Long value, String valueText) {

    public ChartPoint {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(valueText, "valueText");
        if (value != null && value < 0) {
            throw new IllegalArgumentException("A point cannot be negative: " + label + " " + value);
        }
    }

    public boolean suppressed() {
        return value == null;
    }
}

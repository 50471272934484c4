package se.kunskapsnav.reach.charts;

import java.util.Objects;

/**
 * One bar of a bar chart, drawn the same in the page's SVG and in the PDF report.
 *
 * @param label     what the bar counts, e.g. a profession
 * @param value     the count, or {@code null} when it is hidden as a small count
 * @param valueText the count as people read it, e.g. "1 204" or "färre än 5"
 */
public record ChartBar(String label, Long value, String valueText) {

    public ChartBar {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(valueText, "valueText");
        if (value != null && value < 0) {
            throw new IllegalArgumentException("A bar cannot be negative: " + label + " " + value);
        }
    }

    public boolean suppressed() {
        return value == null;
    }
}

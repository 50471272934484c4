package se.kunskapsnav.reach.charts;

import java.util.Objects;

/**
 * What a chart is called and says, for its {@code <title>} and {@code <desc>} (read by screen readers).
 *
 * @param id          unique on the page; the chart's element ids start with it
 * @param title       the chart's short name
 * @param description one or two sentences saying what the chart shows; the page's table gives the figures
 */
public record ChartCaption(String id, String title, String description) {

    public ChartCaption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("A chart id must be a plain XML name: " + id);
        }
    }
}

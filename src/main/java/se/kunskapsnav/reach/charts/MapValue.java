package se.kunskapsnav.reach.charts;

import java.util.Objects;

/**
 * A municipality's or county's figure on the map.
 *
 * @param value the count (0 when not reached), or {@code null} when it is hidden as a small count
 * @param text  the count as people read it, e.g. "12" or "färre än 5"
 */
public record MapValue(Long value, String text) {

    public MapValue {
        Objects.requireNonNull(text, "text");
        if (value != null && value < 0) {
            throw new IllegalArgumentException("A map value cannot be negative: " + value);
        }
    }

    public boolean suppressed() {
        return value == null;
    }
}

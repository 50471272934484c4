package se.kunskapsnav.courses;

import java.time.Duration;
import java.time.Instant;

/** A start and an end instant, end after start. */
public record TimeSpan(Instant start, Instant end) {

    public Duration duration() {
        return Duration.between(start, end);
    }
}

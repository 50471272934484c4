package se.kunskapsnav.courses;

import java.time.Instant;
import java.util.List;

/** A course input that passed {@link CourseRules}, with its times resolved to instants (trimmed texts). */
public record ValidCourse(CourseInput input, List<TimeSpan> sessionTimes, Instant registrationOpens,
                          Instant registrationCloses) {

    public Instant firstStart() {
        return sessionTimes.stream().map(TimeSpan::start).min(Instant::compareTo).orElseThrow();
    }

    public Instant lastEnd() {
        return sessionTimes.stream().map(TimeSpan::end).max(Instant::compareTo).orElseThrow();
    }
}

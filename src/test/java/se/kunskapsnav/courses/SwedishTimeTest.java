package se.kunskapsnav.courses;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SwedishTimeTest {

    @Test
    void describesASessionInSwedishWallClockTime() {
        assertEquals("tisdag 3 mars 2026 kl. 09.00\u201316.00",
                SwedishTime.describe(Instant.parse("2026-03-03T08:00:00Z"), Instant.parse("2026-03-03T15:00:00Z")));
        assertEquals("tisdag 2 juni 2026 kl. 09.00\u201316.00",
                SwedishTime.describe(Instant.parse("2026-06-02T07:00:00Z"), Instant.parse("2026-06-02T14:00:00Z")),
                "summer time is two hours ahead of UTC");
    }
}

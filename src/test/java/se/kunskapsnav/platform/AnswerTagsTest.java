package se.kunskapsnav.platform;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AnswerTagsTest {

    @Test
    void answersShowingFollowedFiguresCarryTheirPositionAndNoTagWhileTheyChange() {
        ChangeLogCache changeLog = new ChangeLogCache();
        changeLog.keepFromNow();
        AnswerTags tags = new AnswerTags();
        tags.changeLog = changeLog;
        tags.clock = Clock.fixed(Instant.ofEpochSecond(150), ZoneOffset.UTC);
        AtomicLong figures = new AtomicLong(7);
        tags.follow("/api/uppfoljning"::equals, figures::get);

        assertEquals("W/\"0-2\"", tags.tag("/api/kurser"), "position 0, minute 2");
        assertEquals("W/\"0-2-7\"", tags.tag("/api/uppfoljning"));
        figures.set(9);
        assertEquals("W/\"0-2-9\"", tags.tag("/api/uppfoljning"), "the figures followed: a new tag, the log as it was");
        figures.set(-1);
        assertNull(tags.tag("/api/uppfoljning"), "no tag while the figures are being changed");
        assertEquals("W/\"0-2\"", tags.tag("/api/kurser"), "answers not showing them are not concerned");
    }
}

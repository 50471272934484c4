package se.kunskapsnav.courses;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.platform.InvalidInputException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseRulesTest {

    private static final KnownCodes KNOWN = new KnownCodes(Set.of("01", "12"), Set.of("utbildningsdag"),
            Set.of("socialsekreterare"), Set.of("socialtjanst"), Set.of("hedersrelaterat-vald"),
            Set.of("berorda-professioner"));

    /** Stockholm county's municipalities. */
    private static final int MUNICIPALITIES = 26;

    private static CourseInput course(List<SessionInput> sessions, int capacity, CourseFormat format) {
        return new CourseInput("Hedersrelaterat våld", "En dag om heder.", "**Program**", "utbildningsdag", "01",
                List.of("12"), CourseLevel.REGIONAL, format, List.of("socialsekreterare"), List.of("socialtjanst"),
                List.of("hedersrelaterat-vald"), List.of("berorda-professioner"), sessions, capacity,
                LocalDateTime.of(2026, 9, 1, 8, 0), LocalDateTime.of(2026, 10, 20, 23, 59), false,
                "Sara Utvecklingsledare", "sara@lansstyrelsen.example.se", null, true, null, null, null);
    }

    private static SessionInput onSite(LocalDateTime start, LocalDateTime end) {
        return new SessionInput(start, end, "Länsstyrelsen", "Storgatan 1", null);
    }

    private static Map<String, String> problems(CourseInput input) {
        return assertThrows(InvalidInputException.class, () -> CourseRules.check(input, KNOWN, MUNICIPALITIES))
                .fieldMessageKeys();
    }

    /** A published course of two sessions, 3 and 4 November 2026 at 09.00–16.00, registration closing 20 October. */
    static Course publishedCourse() {
        Instant created = Instant.parse("2026-08-01T10:00:00Z");
        Course course = new Course(created);
        course.apply(CourseRules.check(course(List.of(
                onSite(LocalDateTime.of(2026, 11, 3, 9, 0), LocalDateTime.of(2026, 11, 3, 16, 0)),
                onSite(LocalDateTime.of(2026, 11, 4, 9, 0), LocalDateTime.of(2026, 11, 4, 16, 0))), 20,
                CourseFormat.ON_SITE), KNOWN, MUNICIPALITIES), created);
        course.changeStatus(CourseStatus.PUBLISHED, created);
        return course;
    }

    @Test
    void attendanceCanBeMarkedForTheSessionsThatHaveBegun() {
        Course course = publishedCourse();
        assertEquals(List.of(), course.sessionsStartedBy(Instant.parse("2026-11-03T07:59:59Z")));
        List<CourseSession> first = course.sessionsStartedBy(Instant.parse("2026-11-03T08:00:00Z"));
        assertEquals(1, first.size(), "from 09.00 Swedish time");
        assertEquals(Instant.parse("2026-11-03T08:00:00Z"), first.getFirst().getStartsAt());
        assertEquals(2, course.sessionsStartedBy(Instant.parse("2026-11-05T12:00:00Z")).size());
    }

    @Test
    void theDayClocksGoBackHasOneHourMoreAndTimesAreSwedish() {
        // 25 October 2026: 03:00 summer time becomes 02:00 winter time
        ValidCourse valid = CourseRules.check(course(List.of(
                onSite(LocalDateTime.of(2026, 10, 25, 9, 0), LocalDateTime.of(2026, 10, 25, 16, 0)),
                onSite(LocalDateTime.of(2026, 10, 24, 22, 0), LocalDateTime.of(2026, 10, 25, 6, 0))), 20,
                CourseFormat.ON_SITE), KNOWN, MUNICIPALITIES);
        assertEquals(Instant.parse("2026-10-25T08:00:00Z"), valid.sessionTimes().get(0).start());
        assertEquals(Duration.ofHours(7), valid.sessionTimes().get(0).duration());
        assertEquals(Duration.ofHours(9), valid.sessionTimes().get(1).duration(), "a night across the change");
        assertEquals(Instant.parse("2026-10-24T20:00:00Z"), valid.firstStart(), "still summer time, +02:00");
    }

    @Test
    void aTimeSkippedWhenClocksGoForwardIsRefused() {
        Map<String, String> problems = problems(course(List.of(onSite(LocalDateTime.of(2027, 3, 28, 2, 30),
                LocalDateTime.of(2027, 3, 28, 9, 0))), 20, CourseFormat.ON_SITE));
        assertEquals("course.timeDoesNotExist", problems.get("sessions[0].start"));
    }

    @Test
    void everyProblemIsReportedAtItsField() {
        CourseInput bad = new CourseInput(" ", "x".repeat(501), null, "okand", "99", List.of("88"), null, null,
                List.of("pilot"), List.of(), List.of("finns-inte"), List.of(), List.of(
                onSite(LocalDateTime.of(2026, 11, 3, 16, 0), LocalDateTime.of(2026, 11, 3, 9, 0))), -1,
                LocalDateTime.of(2026, 10, 1, 8, 0), LocalDateTime.of(2026, 9, 1, 8, 0), false, "", "inte-en-adress",
                null, false, null, null, null);
        Map<String, String> problems = problems(bad);
        assertEquals("validation.required", problems.get("title"));
        assertEquals("validation.tooLong", problems.get("summary"));
        assertEquals("course.unknownKind", problems.get("kindCode"));
        assertEquals("validation.unknownCounty", problems.get("countyCode"));
        assertEquals("course.unknownCoOrganiser", problems.get("coOrganisers"));
        assertEquals("validation.required", problems.get("level"));
        assertEquals("validation.unknownProfession", problems.get("professions"));
        assertEquals("course.unknownTheme", problems.get("themes"));
        assertEquals("course.endBeforeStart", problems.get("sessions[0].end"));
        assertEquals("course.capacityRange", problems.get("capacity"));
        assertEquals("course.closesBeforeOpens", problems.get("registrationCloses"));
        assertEquals("validation.required", problems.get("contactName"));
        assertEquals("validation.email", problems.get("contactEmail"));
    }

    @Test
    void registrationMustCloseBeforeTheCourseStarts() {
        CourseInput input = course(List.of(onSite(LocalDateTime.of(2026, 10, 15, 9, 0),
                LocalDateTime.of(2026, 10, 15, 16, 0))), 20, CourseFormat.ON_SITE);
        assertEquals("course.closesAfterStart", problems(input).get("registrationCloses"));
    }

    @Test
    void onlineSessionsNeedAWebLinkAndOnSiteSessionsAPlace() {
        SessionInput noLink = new SessionInput(LocalDateTime.of(2026, 11, 3, 9, 0),
                LocalDateTime.of(2026, 11, 3, 12, 0), null, null, "javascript:alert(1)");
        assertEquals("course.onlineLinkInvalid",
                problems(course(List.of(noLink), 20, CourseFormat.ONLINE)).get("sessions[0].onlineUrl"));
        SessionInput noPlace = new SessionInput(LocalDateTime.of(2026, 11, 3, 9, 0),
                LocalDateTime.of(2026, 11, 3, 12, 0), " ", null, "https://mote.example.se/a");
        assertEquals("course.placeRequired",
                problems(course(List.of(noPlace), 20, CourseFormat.HYBRID)).get("sessions[0].place"));
    }

    @Test
    void zeroSeatsIsAllowedSoEveryoneQueuesButNotNegative() {
        SessionInput session = onSite(LocalDateTime.of(2026, 11, 3, 9, 0), LocalDateTime.of(2026, 11, 3, 12, 0));
        assertEquals(0, CourseRules.check(course(List.of(session), 0, CourseFormat.ON_SITE), KNOWN, MUNICIPALITIES)
                .input().capacity());
        assertTrue(problems(course(List.of(session), -1, CourseFormat.ON_SITE)).containsKey("capacity"));
    }

    private static CourseInput withQuota(int capacity, Integer quota, LocalDate until) {
        CourseInput plain = course(List.of(onSite(LocalDateTime.of(2026, 11, 3, 9, 0),
                LocalDateTime.of(2026, 11, 3, 12, 0))), capacity, CourseFormat.ON_SITE);
        return new CourseInput(plain.title(), plain.summary(), plain.description(), plain.kindCode(),
                plain.countyCode(), plain.coOrganisers(), plain.level(), plain.format(), plain.professions(),
                plain.sectors(), plain.themes(), plain.targetGroups(), plain.sessions(), plain.capacity(),
                plain.registrationOpens(), plain.registrationCloses(), plain.requiresApproval(), plain.contactName(),
                plain.contactEmail(), plain.followsUpCourseId(), plain.recursYearly(), plain.seriesId(), quota, until);
    }

    @Test
    void reservedSeatsMustFitTheCapacityAndEndByTheCloseOfRegistration() {
        LocalDate closing = LocalDate.of(2026, 10, 20);
        assertEquals(2, CourseRules.check(withQuota(52, 2, closing), KNOWN, MUNICIPALITIES).input().seatQuota());
        assertEquals("course.seatQuotaExceedsCapacity", problems(withQuota(51, 2, closing)).get("seatQuota"));
        assertEquals("course.seatQuotaRange", problems(withQuota(52, 0, closing)).get("seatQuota"));
        assertEquals("course.seatQuotaAfterClose",
                problems(withQuota(52, 2, closing.plusDays(1))).get("seatQuotaUntil"));
        assertEquals("validation.required", problems(withQuota(52, 2, null)).get("seatQuotaUntil"));
        assertEquals("validation.required", problems(withQuota(52, null, closing)).get("seatQuota"));
    }
}

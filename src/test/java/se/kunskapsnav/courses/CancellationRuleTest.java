package se.kunskapsnav.courses;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.platform.RefusedException;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may cancel a registration and until when; the pages offer exactly what this allows. */
class CancellationRuleTest {

    private static final Instant CLOSES = Instant.parse("2026-10-20T21:59:00Z");
    private static final Instant BEFORE = CLOSES.minusSeconds(60);
    private static final Instant AFTER = CLOSES.plusSeconds(60);
    private static final String CONTACT = "sara@lansstyrelsen.example.se";

    private static Optional<String> refusal(RegistrationStatus status, CourseStatus course, boolean editor,
                                            Instant now) {
        return CancellationRule.refusal(status, course, CLOSES, CONTACT, editor, now)
                .map(RefusedException::messageKey);
    }

    @Test
    void aSeatAPlaceInLineOrASeatAwaitingApprovalCanBeGivenUpBeforeRegistrationCloses() {
        for (RegistrationStatus status : new RegistrationStatus[]{RegistrationStatus.CONFIRMED,
                RegistrationStatus.WAITLISTED, RegistrationStatus.AWAITING_APPROVAL}) {
            assertEquals(Optional.empty(), refusal(status, CourseStatus.PUBLISHED, false, BEFORE), status.name());
        }
    }

    @Test
    void afterRegistrationClosesTheParticipantIsToldToAskTheOrganiserWhoStillMay() {
        RefusedException refused = CancellationRule.refusal(RegistrationStatus.CONFIRMED, CourseStatus.PUBLISHED,
                CLOSES, CONTACT, false, CLOSES).orElseThrow();
        assertEquals("registration.cancelClosed", refused.messageKey());
        assertArrayEquals(new Object[]{CONTACT}, refused.arguments());
        assertEquals(Optional.of("registration.cancelClosed"),
                refusal(RegistrationStatus.WAITLISTED, CourseStatus.PUBLISHED, false, AFTER));
        assertEquals(Optional.empty(), refusal(RegistrationStatus.CONFIRMED, CourseStatus.PUBLISHED, true, AFTER));
    }

    @Test
    void aCancelledRegistrationOrOneWhoseAttendanceIsMarkedStaysAsItIsForEveryone() {
        for (boolean editor : new boolean[]{false, true}) {
            assertEquals(Optional.of("registration.alreadyCancelled"),
                    refusal(RegistrationStatus.CANCELLED, CourseStatus.PUBLISHED, editor, BEFORE));
            assertEquals(Optional.of("registration.attendanceMarked"),
                    refusal(RegistrationStatus.ATTENDED, CourseStatus.PUBLISHED, editor, BEFORE));
            assertEquals(Optional.of("registration.attendanceMarked"),
                    refusal(RegistrationStatus.NO_SHOW, CourseStatus.COMPLETED, editor, AFTER));
        }
    }

    @Test
    void nothingIsCancelledOnACourseThatIsHeldOrCancelled() {
        for (CourseStatus course : new CourseStatus[]{CourseStatus.COMPLETED, CourseStatus.CANCELLED}) {
            assertEquals(Optional.of("registration.courseOver"),
                    refusal(RegistrationStatus.WAITLISTED, course, true, BEFORE));
            assertEquals(Optional.of("registration.courseOver"),
                    refusal(RegistrationStatus.CONFIRMED, course, false, BEFORE));
        }
    }

    @Test
    void theRuleReadsTheCoursesOwnStatusClosingTimeAndContact() {
        Course course = CourseRulesTest.publishedCourse();
        assertTrue(CancellationRule.refusal(course, RegistrationStatus.CONFIRMED, false,
                course.getRegistrationClosesAt().minusSeconds(1)).isEmpty());
        RefusedException refused = CancellationRule.refusal(course, RegistrationStatus.CONFIRMED, false,
                course.getRegistrationClosesAt()).orElseThrow();
        assertArrayEquals(new Object[]{course.getContactEmail()}, refused.arguments());
    }
}

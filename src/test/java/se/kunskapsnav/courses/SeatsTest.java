package se.kunskapsnav.courses;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeatsTest {

    @Test
    void aNewcomerGetsASeatWhileSeatsAreFreeAndNobodyWaits() {
        assertEquals(RegistrationStatus.CONFIRMED, new Seats(10, 9, 0).forNewRegistration(false));
        assertEquals(RegistrationStatus.WAITLISTED, new Seats(10, 10, 0).forNewRegistration(false));
    }

    @Test
    void nobodyJumpsTheQueueEvenIfASeatIsMomentarilyFree() {
        assertEquals(RegistrationStatus.WAITLISTED, new Seats(10, 9, 1).forNewRegistration(false));
    }

    @Test
    void aCourseNeedingApprovalHoldsTheSeatWhileTheOrganiserDecides() {
        assertEquals(RegistrationStatus.AWAITING_APPROVAL, new Seats(10, 0, 0).forNewRegistration(true));
        assertEquals(RegistrationStatus.AWAITING_APPROVAL, Seats.seatStatus(true));
        assertEquals(RegistrationStatus.CONFIRMED, Seats.seatStatus(false));
        assertTrue(RegistrationStatus.AWAITING_APPROVAL.holdsSeat());
    }

    @Test
    void raisingTheCapacityPromotesAsManyAsTheNewSeatsAndNoMoreThanWait() {
        assertEquals(3, new Seats(13, 10, 5).promotable());
        assertEquals(2, new Seats(20, 10, 2).promotable());
        assertEquals(0, new Seats(10, 10, 5).promotable());
    }

    @Test
    void theCapacityCannotGoBelowTheSeatsTaken() {
        assertTrue(new Seats(10, 6, 0).allowsCapacity(6));
        assertFalse(new Seats(10, 6, 0).allowsCapacity(5));
        assertEquals(0, new Seats(5, 6, 0).free(), "never negative after attendance was kept");
    }

    @Test
    void theCatalogueSaysHowManySeatsAreLeftOrThatTheWaitingListIsOpen() {
        assertEquals("course.seats.left", new Seats(10, 7, 0).availabilityKey());
        assertEquals("course.seats.oneLeft", new Seats(10, 9, 0).availabilityKey());
        assertEquals("course.seats.full", new Seats(10, 10, 0).availabilityKey());
        assertEquals("course.seats.full", new Seats(10, 9, 1).availabilityKey());
    }

    @Test
    void attendanceMarksDecideAttendedAndNoShow() {
        assertEquals(RegistrationStatus.ATTENDED, AttendanceRule.statusOf(java.util.Map.of(1L, false, 2L, true), 2));
        assertEquals(RegistrationStatus.NO_SHOW, AttendanceRule.statusOf(java.util.Map.of(1L, false, 2L, false), 2));
        assertEquals(RegistrationStatus.CONFIRMED, AttendanceRule.statusOf(java.util.Map.of(1L, false), 2));
    }
}

package se.kunskapsnav.courses;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeatQuotaTest {

    private static final String DANDERYD = "0162";
    private static final String SOLNA = "0184";

    /** 10 seats, 2 reserved for each of 3 municipalities: 6 reserved, 4 anyone may take. */
    private static SeatQuota quota(Map<String, Integer> held) {
        return new SeatQuota(2, 3, held);
    }

    @Test
    void aMunicipalityInTheCountyIsAnAreaOfARegionalCourseAndACountyOfANationalOne() {
        assertEquals(DANDERYD, SeatQuota.areaOf(CourseLevel.REGIONAL, "01", DANDERYD, null));
        assertNull(SeatQuota.areaOf(CourseLevel.REGIONAL, "01", "1280", null), "outside the county");
        assertNull(SeatQuota.areaOf(CourseLevel.REGIONAL, "01", null, "01"), "a region is no municipality");
        assertEquals("12", SeatQuota.areaOf(CourseLevel.NATIONAL, "01", "1280", null));
        assertEquals("12", SeatQuota.areaOf(CourseLevel.NATIONAL, "01", null, "12"));
        assertNull(SeatQuota.areaOf(CourseLevel.NATIONAL, "01", null, null));
    }

    @Test
    void seatsAreReservedThroughTheLastDay() {
        LocalDate until = LocalDate.of(2027, 3, 1);
        assertTrue(SeatQuota.isActive(2, until, until));
        assertFalse(SeatQuota.isActive(2, until, until.plusDays(1)));
        assertFalse(SeatQuota.isActive(null, null, until));
    }

    @Test
    void aPersonUsesTheirMunicipalitysSeatsFirstThenTheUnreservedRest() {
        Seats seats = new Seats(10, 0, 0);
        assertEquals(RegistrationStatus.CONFIRMED, quota(Map.of()).forNewRegistration(seats, DANDERYD, false));
        // Danderyd has used its two; 4 unreserved seats are left for it and for people of no municipality
        SeatQuota usedByDanderyd = quota(Map.of(DANDERYD, 2));
        assertEquals(4, usedByDanderyd.unreservedFree(new Seats(10, 2, 0)));
        assertEquals(RegistrationStatus.CONFIRMED,
                usedByDanderyd.forNewRegistration(new Seats(10, 2, 0), DANDERYD, false));
        assertEquals(RegistrationStatus.CONFIRMED, usedByDanderyd.forNewRegistration(new Seats(10, 2, 0), null, false));
    }

    @Test
    void whenOnlyReservedSeatsAreLeftOthersWaitAndAreToldWhy() {
        // Danderyd holds 6 (2 reserved + the 4 unreserved): the 4 free seats are Solna's and the third area's
        SeatQuota quota = quota(Map.of(DANDERYD, 6));
        Seats seats = new Seats(10, 6, 0);
        assertEquals(4, quota.reservedUnused());
        assertEquals(0, quota.unreservedFree(seats));
        assertEquals(RegistrationStatus.WAITLISTED, quota.forNewRegistration(seats, DANDERYD, false));
        assertTrue(quota.waitsForReservedSeats(seats, DANDERYD));
        assertEquals(RegistrationStatus.WAITLISTED, quota.forNewRegistration(seats, null, false));
        assertTrue(quota.waitsForReservedSeats(seats, null));
        // Solna's reserved seat is its own even while others wait
        assertEquals(RegistrationStatus.AWAITING_APPROVAL,
                quota.forNewRegistration(new Seats(10, 6, 3), SOLNA, true));
        assertFalse(quota.waitsForReservedSeats(new Seats(10, 10, 0), DANDERYD), "full, not reserved");
    }

    @Test
    void aFreedSeatGoesToTheFirstInLineWhoMayUseIt() {
        // Danderyd 6, Solna 2, the third area none: 2 free, both reserved for the third area
        SeatQuota quota = quota(Map.of(DANDERYD, 6, SOLNA, 2));
        Seats seats = new Seats(10, 8, 3);
        List<SeatQuota.Waiting> line = List.of(new SeatQuota.Waiting(1, DANDERYD), new SeatQuota.Waiting(2, "0120"),
                new SeatQuota.Waiting(3, null));
        assertEquals(List.of(2L), quota.promotable(seats, line));
        // one of Danderyd's cancelled from the unreserved seats: that seat is unreserved, the first in line gets it
        assertEquals(List.of(1L, 2L), quota(Map.of(DANDERYD, 5, SOLNA, 2)).promotable(new Seats(10, 7, 3), line));
    }

    @Test
    void noMoreThanTheFreeSeatsArePromoted() {
        List<SeatQuota.Waiting> line = List.of(new SeatQuota.Waiting(1, DANDERYD), new SeatQuota.Waiting(2, SOLNA));
        assertEquals(List.of(1L), quota(Map.of()).promotable(new Seats(1, 0, 2), line));
    }

    @Test
    void reservedSeatsMustFitTheCapacity() {
        assertTrue(SeatQuota.fits(2, 26, 52));
        assertFalse(SeatQuota.fits(2, 26, 51));
    }
}

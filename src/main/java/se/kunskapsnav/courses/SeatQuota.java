package se.kunskapsnav.courses;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Seats reserved for every area until a date: "2 platser per kommun till och med 1 mars". The areas are the
 * municipalities of the course's county, or for a national course the 21 counties. The reserved seats are
 * {@code perArea} for each area that has not used them; every other free seat is unreserved.
 * <ul>
 *     <li>A person gets a seat from their own area's reserved seats first, even while others wait: nobody waiting
 *     may take them, for a waiting person of that area would already have got one.</li>
 *     <li>A person whose area has used its seats, from outside the areas, or with no known area (no
 *     workplace in the county) gets a seat only from the unreserved rest, and only when nobody waits;
 *     otherwise they wait in line.</li>
 *     <li>A freed seat goes back to its pool by counting: the area's reserved seats while it is under its quota,
 *     else the unreserved rest. The first in line who may use a free seat gets it.</li>
 *     <li>From the day after {@code until} nothing is reserved and the plain waiting-list rules
 *     ({@link Seats}) apply.</li>
 * </ul>
 * Decided under the course's seat lock on counts read under it, like {@link Seats}.
 *
 * @param perArea    seats reserved for each area
 * @param areas      how many areas there are
 * @param heldByArea seats held by people of each area (people of no area are not in it)
 */
public record SeatQuota(int perArea, int areas, Map<String, Integer> heldByArea) {

    public SeatQuota {
        heldByArea = Map.copyOf(heldByArea);
    }

    /**
     * The area a person counts against: for a regional course their municipality in the course's county
     * (SCB municipality codes begin with their county's code), for a national course their county, from their
     * municipality or region (SCB region codes are county codes); null when none.
     */
    public static String areaOf(CourseLevel level, String courseCounty, String municipalityCode, String regionCode) {
        if (level == CourseLevel.NATIONAL) {
            return municipalityCode != null ? municipalityCode.substring(0, 2) : regionCode;
        }
        return municipalityCode != null && municipalityCode.startsWith(courseCounty) ? municipalityCode : null;
    }

    /** Whether seats are reserved on {@code today} (Swedish date) for a quota until {@code until}, inclusive. */
    public static boolean isActive(Integer perArea, LocalDate until, LocalDate today) {
        return perArea != null && perArea > 0 && until != null && !today.isAfter(until);
    }

    /** Whether {@code perArea} seats for each of {@code areas} areas fit in {@code capacity}. */
    public static boolean fits(int perArea, int areas, int capacity) {
        return (long) perArea * areas <= capacity;
    }

    /** Reserved seats not yet used, over all areas. */
    public int reservedUnused() {
        int used = heldByArea.values().stream().mapToInt(held -> Math.min(perArea, held)).sum();
        return Math.max(0, perArea * areas - used);
    }

    /** Free seats anyone may take: the free seats less those still reserved. */
    public int unreservedFree(Seats seats) {
        return Math.max(0, seats.free() - reservedUnused());
    }

    /** Whether the area still has a reserved seat. */
    public boolean hasReservedSeat(String area) {
        return area != null && heldByArea.getOrDefault(area, 0) < perArea;
    }

    /** The status a new registration of a person of {@code area} (or null) gets. */
    public RegistrationStatus forNewRegistration(Seats seats, String area, boolean requiresApproval) {
        if (seats.free() > 0 && hasReservedSeat(area)) {
            return Seats.seatStatus(requiresApproval);
        }
        if (seats.waiting() > 0 || unreservedFree(seats) == 0) {
            return RegistrationStatus.WAITLISTED;
        }
        return Seats.seatStatus(requiresApproval);
    }

    /** The quota once a person of {@code area} (or null) has taken a seat. */
    public SeatQuota withSeatTakenBy(String area) {
        if (area == null) {
            return this;
        }
        Map<String, Integer> held = new HashMap<>(heldByArea);
        held.merge(area, 1, Integer::sum);
        return new SeatQuota(perArea, areas, held);
    }

    /**
     * Whether a person who would wait does so because the free seats are reserved for other areas, not because
     * the course is full or others were first in line.
     */
    public boolean waitsForReservedSeats(Seats seats, String area) {
        return seats.free() > 0 && !hasReservedSeat(area) && unreservedFree(seats) == 0;
    }

    /** A waiting registration and its area (or null). */
    public record Waiting(long registrationId, String area) {
    }

    /** The waiting people, of {@code inQueueOrder}, who get a free seat now: in line, each from a pool they may use. */
    public List<Long> promotable(Seats seats, List<Waiting> inQueueOrder) {
        Map<String, Integer> held = new HashMap<>(heldByArea);
        int free = seats.free();
        int unreserved = unreservedFree(seats);
        List<Long> promoted = new ArrayList<>();
        for (Waiting waiting : inQueueOrder) {
            if (free == 0) {
                break;
            }
            String area = waiting.area();
            if (area != null && held.getOrDefault(area, 0) < perArea) {
                held.merge(area, 1, Integer::sum);
            } else if (unreserved > 0) {
                unreserved--;
                if (area != null) {
                    held.merge(area, 1, Integer::sum);
                }
            } else {
                continue;
            }
            free--;
            promoted.add(waiting.registrationId());
        }
        return promoted;
    }
}

package se.kunskapsnav.courses;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Registrations that arrive at one course together, decided in arrival order exactly as if each had come alone
 * after the one before: the seats and, while seats are reserved, the areas' seats counted on as each is decided
 * ({@link Seats}, {@link SeatQuota}). A person already registered, or twice among the arrivals, is refused the
 * second time as a lone registration would be. Decided under the course's seat lock on counts read under it.
 */
public final class ArrivalOrder {

    private ArrivalOrder() {
    }

    /** A person asking for a place, and the area they count against (null when none; see {@link SeatQuota#areaOf}). */
    public record Arrival(long accountId, String area) {
    }

    /**
     * What one arrival gets: a status and its place in the waiting list (0 with a seat), whether reserved seats
     * made the person wait; or, with a null status, the refusal of a person already registered.
     */
    public record Decision(RegistrationStatus status, int queuePosition, boolean waitsForReservedSeats) {

        static final Decision ALREADY_REGISTERED = new Decision(null, 0, false);

        public boolean alreadyRegistered() {
            return status == null;
        }
    }

    /**
     * One decision per arrival, in order.
     *
     * @param seats             the course's seats before the first arrival
     * @param quota             its seat quota with the seats each area holds, when seats are reserved today
     * @param alreadyRegistered accounts among the arrivals with a live registration of the course
     */
    public static List<Decision> decide(Seats seats, Optional<SeatQuota> quota, boolean requiresApproval,
                                        List<Arrival> arrivals, Set<Long> alreadyRegistered) {
        Set<Long> registered = new HashSet<>(alreadyRegistered);
        Seats now = seats;
        Optional<SeatQuota> quotaNow = quota;
        List<Decision> decisions = new ArrayList<>(arrivals.size());
        for (Arrival arrival : arrivals) {
            if (!registered.add(arrival.accountId())) {
                decisions.add(Decision.ALREADY_REGISTERED);
                continue;
            }
            Seats before = now;
            String area = arrival.area();
            RegistrationStatus status = quotaNow.map(q -> q.forNewRegistration(before, area, requiresApproval))
                    .orElseGet(() -> before.forNewRegistration(requiresApproval));
            if (status == RegistrationStatus.WAITLISTED) {
                boolean waitsForReservedSeats = quotaNow.map(q -> q.waitsForReservedSeats(before, area))
                        .orElse(false);
                decisions.add(new Decision(status, before.waiting() + 1, waitsForReservedSeats));
            } else {
                decisions.add(new Decision(status, 0, false));
                quotaNow = quotaNow.map(q -> q.withSeatTakenBy(area));
            }
            now = before.withNewRegistration(status);
        }
        return decisions;
    }
}

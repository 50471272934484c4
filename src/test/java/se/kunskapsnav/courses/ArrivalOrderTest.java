package se.kunskapsnav.courses;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.courses.ArrivalOrder.Arrival;
import se.kunskapsnav.courses.ArrivalOrder.Decision;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArrivalOrderTest {

    private static final String DANDERYD = "0162";
    private static final String SOLNA = "0184";

    private static Decision seat(RegistrationStatus status) {
        return new Decision(status, 0, false);
    }

    private static Decision waiting(int place, boolean forReservedSeats) {
        return new Decision(RegistrationStatus.WAITLISTED, place, forReservedSeats);
    }

    private static List<Arrival> people(long... accounts) {
        return Arrays.stream(accounts).mapToObj(a -> new Arrival(a, null)).toList();
    }

    @Test
    void arrivalsTogetherGetTheLastSeatsThenPlacesBehindThoseAlreadyWaiting() {
        assertEquals(List.of(seat(RegistrationStatus.CONFIRMED), seat(RegistrationStatus.CONFIRMED),
                        waiting(1, false), waiting(2, false)),
                ArrivalOrder.decide(new Seats(5, 3, 0), Optional.empty(), false, people(1, 2, 3, 4), Set.of()));
        assertEquals(List.of(waiting(3, false), waiting(4, false)),
                ArrivalOrder.decide(new Seats(5, 4, 2), Optional.empty(), false, people(1, 2), Set.of()),
                "while anyone waits, newcomers wait too");
        assertEquals(List.of(seat(RegistrationStatus.AWAITING_APPROVAL), waiting(1, false)),
                ArrivalOrder.decide(new Seats(1, 0, 0), Optional.empty(), true, people(1, 2), Set.of()));
    }

    @Test
    void aPersonTwiceInOneBatchOrAlreadyRegisteredIsRefusedAndTakesNoPlace() {
        assertEquals(List.of(seat(RegistrationStatus.CONFIRMED), Decision.ALREADY_REGISTERED,
                        Decision.ALREADY_REGISTERED, waiting(1, false)),
                ArrivalOrder.decide(new Seats(1, 0, 0), Optional.empty(), false, people(7, 7, 8, 9), Set.of(8L)));
    }

    /**
     * 3 seats, one reserved for each of Danderyd and Solna, one for anyone: decided together as one after the other
     * (see SeatQuotaTest for the rules one at a time).
     */
    @Test
    void reservedSeatsInOneBatchAreCountedAsEachArrivalTakesOne() {
        SeatQuota quota = new SeatQuota(1, 2, Map.of());
        List<Arrival> arrivals = List.of(new Arrival(1, DANDERYD), new Arrival(2, DANDERYD), new Arrival(3, null),
                new Arrival(4, SOLNA), new Arrival(5, null), new Arrival(6, SOLNA));
        assertEquals(List.of(
                        seat(RegistrationStatus.CONFIRMED), // Danderyd's reserved seat
                        seat(RegistrationStatus.CONFIRMED), // the unreserved seat
                        waiting(1, true), // a free seat, but Solna's
                        seat(RegistrationStatus.CONFIRMED), // Solna's reserved seat, although someone waits
                        waiting(2, false), // full
                        waiting(3, false)),
                ArrivalOrder.decide(new Seats(3, 0, 0), Optional.of(quota), false, arrivals, Set.of()));
    }
}

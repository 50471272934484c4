package se.kunskapsnav.courses;

/**
 * The waiting-list rules, decided on counts read under the course row's lock. First come, first served:
 * while anyone is waiting, a newcomer waits too, so nobody jumps the queue; a freed seat goes to the
 * first in line. A course that needs approval puts both newcomers and promoted people in line for the
 * organiser's approval, and they hold their seat meanwhile.
 *
 * @param capacity seats offered
 * @param held     registrations holding a seat (confirmed, awaiting approval, attended, no-show)
 * @param waiting  registrations on the waiting list
 */
public record Seats(int capacity, int held, int waiting) {

    public int free() {
        return Math.max(0, capacity - held);
    }

    /** The status a new registration gets. */
    public RegistrationStatus forNewRegistration(boolean requiresApproval) {
        if (waiting > 0 || free() == 0) {
            return RegistrationStatus.WAITLISTED;
        }
        return seatStatus(requiresApproval);
    }

    /** The seats once a new registration with {@code status} is counted. */
    public Seats withNewRegistration(RegistrationStatus status) {
        return new Seats(capacity, held + (status.holdsSeat() ? 1 : 0),
                waiting + (status == RegistrationStatus.WAITLISTED ? 1 : 0));
    }

    /** How many of the first waiting people get a seat now. */
    public int promotable() {
        return Math.min(waiting, free());
    }

    /** The status a person gets when given a seat, newly or from the waiting list. */
    public static RegistrationStatus seatStatus(boolean requiresApproval) {
        return requiresApproval ? RegistrationStatus.AWAITING_APPROVAL : RegistrationStatus.CONFIRMED;
    }

    /** Whether the capacity may be changed to {@code newCapacity}: never below the seats already held. */
    public boolean allowsCapacity(int newCapacity) {
        return newCapacity >= held;
    }

    /** What the catalogue says about the seats: "3 platser kvar", "Fullbokad – väntelista". */
    public String availabilityKey() {
        if (free() == 0 || waiting > 0) {
            return "course.seats.full";
        }
        return free() == 1 ? "course.seats.oneLeft" : "course.seats.left";
    }

    // Jakarta EL 5 reads bean getters, not record accessors.

    public int getFree() {
        return free();
    }

    public int getWaiting() {
        return waiting;
    }

    public int getHeld() {
        return held;
    }

    public int getCapacity() {
        return capacity;
    }
}

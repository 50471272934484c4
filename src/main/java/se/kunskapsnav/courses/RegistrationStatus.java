package se.kunskapsnav.courses;

/** Where a registration stands. Confirmed and awaiting-approval registrations hold a seat. */
public enum RegistrationStatus {
    CONFIRMED, WAITLISTED, AWAITING_APPROVAL, CANCELLED, ATTENDED, NO_SHOW;

    /** Counts against the capacity. */
    public boolean holdsSeat() {
        return this == CONFIRMED || this == AWAITING_APPROVAL || this == ATTENDED || this == NO_SHOW;
    }

    /** A seat that needs no more approval: its attendance can be marked. */
    public boolean isMarkable() {
        return this == CONFIRMED || this == ATTENDED || this == NO_SHOW;
    }

    /** Not cancelled: the person is still part of the course. */
    public boolean isLive() {
        return this != CANCELLED;
    }
}

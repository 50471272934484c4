package se.kunskapsnav.visits;

/** A count-only activity a municipality took part in, with how many came from it. */
public record MunicipalityParticipation(CountedActivity activity, int attendees) {

    public CountedActivity getActivity() {
        return activity;
    }

    public int getAttendees() {
        return attendees;
    }
}

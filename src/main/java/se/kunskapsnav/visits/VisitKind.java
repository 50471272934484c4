package se.kunskapsnav.visits;

/** Why the county visited: to review the municipality's work, or to take up a question it asked for. */
public enum VisitKind {
    REVIEW,
    REQUESTED;

    public String messageKey() {
        return "visits.kind." + name();
    }
}

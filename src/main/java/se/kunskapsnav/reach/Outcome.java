package se.kunskapsnav.reach;

/** What a participation fact records (the views' outcome column). */
public enum Outcome {
    /** Held a seat; attendance not marked. */
    REGISTERED,
    ATTENDED,
    /** Marked absent at every session. */
    ABSENT,
    /** Began the web course, or a study group counted them. */
    ENROLLED,
    /** Finished the web course; the same person also has an ENROLLED fact. */
    COMPLETED;

    /** Whether the fact counts as reach: someone who took part. */
    boolean reached() {
        return this == ATTENDED || this == ENROLLED;
    }
}

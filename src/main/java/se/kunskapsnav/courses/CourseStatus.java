package se.kunskapsnav.courses;

/** A course's life: a draft is published, then completed once held, or cancelled at any point before. */
public enum CourseStatus {
    DRAFT, PUBLISHED, COMPLETED, CANCELLED;

    /** Whether editors may still change the course's facts. */
    public boolean isEditable() {
        return this == DRAFT || this == PUBLISHED;
    }
}

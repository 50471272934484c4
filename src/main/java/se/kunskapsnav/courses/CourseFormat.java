package se.kunskapsnav.courses;

/** Where a course is held: at a place, online, or both. */
public enum CourseFormat {
    ON_SITE, ONLINE, HYBRID;

    public boolean needsPlace() {
        return this != ONLINE;
    }

    public boolean needsOnlineLink() {
        return this != ON_SITE;
    }
}

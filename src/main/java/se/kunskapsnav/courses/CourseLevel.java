package se.kunskapsnav.courses;

/** Whether a course is for one county's region or for the whole country. */
public enum CourseLevel {
    REGIONAL, NATIONAL
}

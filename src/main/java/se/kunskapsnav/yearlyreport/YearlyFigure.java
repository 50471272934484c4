package se.kunskapsnav.yearlyreport;

/**
 * The figures a number question may be pre-filled with, computed from recorded participation for one county
 * and year by {@link YearlyFigures}.
 */
public enum YearlyFigure {
    /** Municipal visits the county made that have recorded attendance. */
    MUNICIPAL_VISITS,
    /** Distinct persons who attended or enrolled, plus people only counted (sign-in sheets, counts). */
    PERSONS_REACHED,
    /** Distinct municipalities the people reached worked in. */
    MUNICIPALITIES_REACHED,
    /** Courses, network meetings, municipal visits and count-only activities with someone present. */
    ACTIVITIES_HELD,
    /** Web-course users who enrolled on either track. */
    WEBCOURSE_ENROLMENTS;

    public String messageKey() {
        return "yearly.figure." + name();
    }
}

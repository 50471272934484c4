package se.kunskapsnav.reach;

/**
 * Where participation facts come from (the views' {@code source_type}): one row of these is refreshed whole
 * when the change log names it or something it depends on.
 */
enum SourceType {
    COURSE("course", "COURSE"),
    MEETING("meeting", "NETWORK_MEETING"),
    VISIT("visit", "MUNICIPAL_VISIT"),
    COUNTED("counted", "COUNTED_ACTIVITY"),
    /** A web-course enrolment; its activity is the person's study group, or the individual track. */
    ENROLMENT("enrolment", null),
    STUDY_GROUP("study_group", "WEBCOURSE"),
    HISTORICAL("historical", "HISTORICAL");

    final String code;
    /** The activity type of the activity the source is, or null when the source is not an activity. */
    final String activityType;

    SourceType(String code, String activityType) {
        this.code = code;
        this.activityType = activityType;
    }

    static SourceType of(String code) {
        for (SourceType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown source type " + code);
    }
}

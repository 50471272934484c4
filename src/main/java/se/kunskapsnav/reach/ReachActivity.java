package se.kunskapsnav.reach;

import java.time.LocalDate;
import java.util.Set;

/**
 * An activity as reach sees it: what it was, who organised it and its themes. {@code activityId} is null for
 * the web course's individual track, which reach counts as one activity per county.
 *
 * @param index  stable number of the activity in {@link ReachFacts}, for counting distinct activities
 * @param series the id of the course series the activity was a run of, as text, or null
 */
public record ReachActivity(int index, String activityType, Long activityId, String kindCode, String title,
                            String countyCode, LocalDate heldOn, Set<String> counties, Set<String> themes,
                            String series) {

    public static final String COURSE = "COURSE";

    public ReachActivity {
        counties = Set.copyOf(counties);
        themes = Set.copyOf(themes);
    }

    /** An activity of no course series. */
    public ReachActivity(int index, String activityType, Long activityId, String kindCode, String title,
                         String countyCode, LocalDate heldOn, Set<String> counties, Set<String> themes) {
        this(index, activityType, activityId, kindCode, title, countyCode, heldOn, counties, themes, null);
    }

    /** The key that names the activity across refreshes. */
    static String key(String activityType, Long activityId, String countyCode) {
        return activityId == null ? activityType + ":individual:" + countyCode : activityType + ":" + activityId;
    }
}

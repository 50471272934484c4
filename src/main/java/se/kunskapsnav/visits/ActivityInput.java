package se.kunskapsnav.visits;

import java.time.LocalDate;
import java.util.List;

/**
 * What an editor gives for a count-only activity (a conference, an information session), before it is
 * checked ({@link ActivityRules}). {@code kindCode} is a term of vocabulary COURSE_KIND.
 */
public record ActivityInput(String countyCode, String kindCode, String title, String organiser, LocalDate startsOn,
                            LocalDate endsOn, List<String> themes) {

    public ActivityInput {
        themes = themes == null ? List.of()
                : themes.stream().filter(code -> code != null && !code.isBlank()).map(String::trim).distinct().toList();
    }
}

package se.kunskapsnav.visits;

import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.TextInput;

import java.util.LinkedHashMap;
import java.util.Map;

/** What makes a count-only activity acceptable, every problem at once. */
public final class ActivityRules {

    private ActivityRules() {
    }

    public static ActivityInput check(ActivityInput input, KnownTerms known) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (input.countyCode() == null || input.countyCode().isBlank()) {
            problems.put("countyCode", "validation.required");
        } else if (!known.counties().contains(input.countyCode())) {
            problems.put("countyCode", "validation.unknownCounty");
        }
        if (input.kindCode() == null || input.kindCode().isBlank()) {
            problems.put("kindCode", "validation.required");
        } else if (!known.kinds().contains(input.kindCode())) {
            problems.put("kindCode", "course.unknownKind");
        }
        String title = TextInput.required(input.title(), 200, "title", problems);
        String organiser = TextInput.required(input.organiser(), 300, "organiser", problems);
        boolean starts = Dates.check(input.startsOn(), "startsOn", true, problems);
        boolean ends = Dates.check(input.endsOn(), "endsOn", true, problems);
        if (starts && ends && input.endsOn().isBefore(input.startsOn())) {
            problems.put("endsOn", "activities.endsBeforeStart");
        }
        if (!known.themes().containsAll(input.themes())) {
            problems.put("themes", "course.unknownTheme");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ActivityInput(input.countyCode(), input.kindCode(), title, organiser, input.startsOn(),
                input.endsOn(), input.themes());
    }
}

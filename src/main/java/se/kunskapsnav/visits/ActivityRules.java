package se.kunskapsnav.visits;

import se.kunskapsnav.courses.KnownCodes;
import se.kunskapsnav.platform.Dates;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.TextInput;

import java.util.LinkedHashMap;
import java.util.Map;

/** What makes a count-only activity acceptable, every problem at once. */
public final class ActivityRules {

    private ActivityRules() {
    }

    public static ActivityInput check(ActivityInput input, KnownCodes known) {
        Map<String, String> problems = new LinkedHashMap<>();
        KnownCodes.requireOne(input.countyCode(), known.counties(), "countyCode", "validation.unknownCounty", problems);
        KnownCodes.requireOne(input.kindCode(), known.kinds(), "kindCode", "course.unknownKind", problems);
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

package se.kunskapsnav.visits;

import se.kunskapsnav.courses.KnownCodes;
import se.kunskapsnav.platform.Dates;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.TextInput;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What makes a municipal visit acceptable, checked field by field so an editor sees every problem at once.
 * Field names are the input's component names; a row's fields are named {@code counts[i].attendees} etc.
 */
public final class VisitRules {

    public static final int MAX_ATTENDEES_PER_PROFESSION = 10_000;
    static final int MAX_STAFF = 20;
    static final int MAX_COUNT_ROWS = 100;
    static final int MAX_NAMED_ATTENDEES = 500;
    static final int MAX_FOLLOW_UPS = 50;
    static final int MAX_NOTES = 20_000;

    private VisitRules() {
    }

    /**
     * The input trimmed, or every problem at once. {@code organisation} is the visited organisation as found
     * in the directory, null when there is none with the given id.
     */
    public static VisitInput check(VisitInput input, KnownCodes known, VisitedOrganisation organisation) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (input.organisationId() == null) {
            problems.put("organisationId", "validation.required");
        } else if (organisation == null || !organisation.isVisitable()) {
            problems.put("organisationId", "visits.notVisitable");
        }
        Dates.check(input.visitedOn(), "visitedOn", true, problems);
        if (input.kind() == null) {
            problems.put("kind", "validation.required");
        }
        if (!known.themes().containsAll(input.themes())) {
            problems.put("themes", "course.unknownTheme");
        }
        List<String> staff = staff(input.staff(), problems);
        List<VisitInput.ProfessionCount> counts = counts(input.counts(), known, problems);
        List<VisitInput.Attendee> attendees = attendees(input.attendees(), known, problems);
        String notes = notes(input.notes(), problems);
        List<VisitInput.FollowUp> followUps = followUps(input.followUps(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new VisitInput(input.organisationId(), input.visitedOn(), input.kind(), input.themes(), staff, counts,
                attendees, notes.isEmpty() ? null : notes, followUps);
    }

    private static List<String> staff(List<String> given, Map<String, String> problems) {
        if (given.size() > MAX_STAFF) {
            problems.put("staff", "visits.tooManyRows");
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            names.add(TextInput.required(given.get(i), 200, "staff[" + i + "]", problems));
        }
        return names;
    }

    private static List<VisitInput.ProfessionCount> counts(List<VisitInput.ProfessionCount> given, KnownCodes known,
                                                           Map<String, String> problems) {
        if (given.size() > MAX_COUNT_ROWS) {
            problems.put("counts", "visits.tooManyRows");
            return List.of();
        }
        List<VisitInput.ProfessionCount> counts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            VisitInput.ProfessionCount row = given.get(i);
            String field = "counts[" + i + "].";
            if (row == null) {
                problems.put("counts[" + i + "]", "validation.required");
                continue;
            }
            String profession = row.professionCode() == null ? "" : row.professionCode().trim();
            if (profession.isEmpty()) {
                problems.put(field + "professionCode", "validation.required");
            } else if (!known.professions().contains(profession)) {
                problems.put(field + "professionCode", "validation.unknownProfession");
            } else if (!seen.add(profession)) {
                problems.put(field + "professionCode", "visits.professionTwice");
            }
            attendeeCount(row.attendees(), field + "attendees", problems);
            counts.add(new VisitInput.ProfessionCount(profession, row.attendees()));
        }
        return counts;
    }

    /** A count of people: required, a whole number from 1 to {@link #MAX_ATTENDEES_PER_PROFESSION}. */
    static void attendeeCount(Integer attendees, String field, Map<String, String> problems) {
        if (attendees == null) {
            problems.put(field, "validation.required");
        } else if (attendees < 1) {
            problems.put(field, "visits.countAtLeastOne");
        } else if (attendees > MAX_ATTENDEES_PER_PROFESSION) {
            problems.put(field, "visits.countTooLarge");
        }
    }

    private static List<VisitInput.Attendee> attendees(List<VisitInput.Attendee> given, KnownCodes known,
                                                       Map<String, String> problems) {
        if (given.size() > MAX_NAMED_ATTENDEES) {
            problems.put("attendees", "visits.tooManyRows");
            return List.of();
        }
        List<VisitInput.Attendee> attendees = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            VisitInput.Attendee row = given.get(i);
            String field = "attendees[" + i + "].";
            if (row == null) {
                problems.put("attendees[" + i + "]", "validation.required");
                continue;
            }
            String name = TextInput.required(row.name(), 200, field + "name", problems);
            String profession = row.professionCode() == null || row.professionCode().isBlank() ? null
                    : row.professionCode().trim();
            if (profession != null && !known.professions().contains(profession)) {
                problems.put(field + "professionCode", "validation.unknownProfession");
            }
            attendees.add(new VisitInput.Attendee(name, profession));
        }
        return attendees;
    }

    private static String notes(String given, Map<String, String> problems) {
        String text = given == null ? "" : given.strip();
        // notes keep line breaks and tabs; other control characters are refused
        if (text.length() > MAX_NOTES || text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n'
                && c != '\r' && c != '\t')) {
            problems.put("notes", "validation.tooLong");
        }
        return text;
    }

    private static List<VisitInput.FollowUp> followUps(List<VisitInput.FollowUp> given, Map<String, String> problems) {
        if (given.size() > MAX_FOLLOW_UPS) {
            problems.put("followUps", "visits.tooManyRows");
            return List.of();
        }
        List<VisitInput.FollowUp> followUps = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            VisitInput.FollowUp row = given.get(i);
            String field = "followUps[" + i + "].";
            if (row == null) {
                problems.put("followUps[" + i + "]", "validation.required");
                continue;
            }
            String action = TextInput.required(row.action(), 500, field + "action", problems);
            Dates.check(row.dueOn(), field + "dueOn", true, problems);
            Dates.check(row.doneOn(), field + "doneOn", false, problems);
            followUps.add(new VisitInput.FollowUp(action, row.dueOn(), row.doneOn()));
        }
        return followUps;
    }
}

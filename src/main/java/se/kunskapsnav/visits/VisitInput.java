package se.kunskapsnav.visits;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything an editor gives for a municipal visit, before it is checked ({@link VisitRules}). The
 * visiting county is the visited organisation's; lists hold vocabulary codes and the rows of the form.
 */
public record VisitInput(Long organisationId, LocalDate visitedOn, VisitKind kind, List<String> themes,
                         List<String> staff, List<ProfessionCount> counts, List<Attendee> attendees, String notes,
                         List<FollowUp> followUps) {

    /** How many came in one profession; together these are the visit's attendance. */
    public record ProfessionCount(String professionCode, Integer attendees) {
    }

    /** Someone who came, by name: a record only, never counted on top of the counts. */
    public record Attendee(String name, String professionCode) {
    }

    /** Something to do after the visit, by a date; {@code doneOn} when it was done. */
    public record FollowUp(String action, LocalDate dueOn, LocalDate doneOn) {
    }

    public VisitInput {
        themes = themes == null ? List.of()
                : themes.stream().filter(code -> code != null && !code.isBlank()).map(String::trim).distinct().toList();
        staff = staff == null ? List.of() : staff.stream().filter(name -> name != null && !name.isBlank()).toList();
        counts = counts == null ? List.of() : List.copyOf(counts);
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }
}

package se.kunskapsnav.visits.api;

import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.TextInput;
import se.kunskapsnav.visits.ActivityInput;
import se.kunskapsnav.visits.ParticipationInput;
import se.kunskapsnav.visits.VisitInput;
import se.kunskapsnav.visits.VisitKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What scripts send. Dates as {@code 2026-03-03}; kind REVIEW or REQUESTED; professions and themes as codes
 * ({@code /api/yrken}, {@code /api/teman}); activity kinds as codes of {@code /api/kurstyper}.
 */
public final class VisitRequests {

    private VisitRequests() {
    }

    public record CountRequest(String profession, Integer attendees) {
    }

    public record AttendeeRequest(String name, String profession) {
    }

    public record FollowUpRequest(String action, String dueOn, String doneOn) {
    }

    /**
     * A visit to an organisation ({@code organisationId}, see {@code /api/organisationer}), or to a municipality
     * by its code ({@code municipalityCode}) when no organisation id is given.
     */
    public record VisitRequest(Long organisationId, String municipalityCode, String visitedOn, String kind,
                               List<String> themes, List<String> staff, List<CountRequest> counts,
                               List<AttendeeRequest> attendees, String notes, List<FollowUpRequest> followUps) {

        VisitInput toInput(Long organisationId) {
            Map<String, String> problems = new LinkedHashMap<>();
            LocalDate date = TextInput.date(visitedOn, "visitedOn", problems);
            VisitKind parsedKind = null;
            if (kind != null && !kind.isBlank()) {
                parsedKind = Arrays.stream(VisitKind.values()).filter(k -> k.name().equals(kind.trim())).findFirst()
                        .orElse(null);
                if (parsedKind == null) {
                    problems.put("kind", "visits.unknownKind");
                }
            }
            List<VisitInput.FollowUp> followUpInputs = new ArrayList<>();
            List<FollowUpRequest> givenFollowUps = followUps == null ? List.of() : followUps;
            for (int i = 0; i < givenFollowUps.size(); i++) {
                FollowUpRequest f = givenFollowUps.get(i);
                followUpInputs.add(f == null ? null : new VisitInput.FollowUp(f.action(),
                        TextInput.date(f.dueOn(), "followUps[" + i + "].dueOn", problems),
                        TextInput.date(f.doneOn(), "followUps[" + i + "].doneOn", problems)));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new VisitInput(organisationId, date, parsedKind, themes, staff,
                    counts == null ? null : counts.stream().map(c -> c == null ? null
                            : new VisitInput.ProfessionCount(c.profession(), c.attendees())).toList(),
                    attendees == null ? null : attendees.stream().map(a -> a == null ? null
                            : new VisitInput.Attendee(a.name(), a.profession())).toList(),
                    notes, followUpInputs);
        }
    }

    public record ActivityRequest(String county, String kind, String title, String organiser, String startsOn,
                                  String endsOn, List<String> themes) {

        ActivityInput toInput(String countyCode) {
            Map<String, String> problems = new LinkedHashMap<>();
            LocalDate starts = TextInput.date(startsOn, "startsOn", problems);
            LocalDate ends = TextInput.date(endsOn, "endsOn", problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new ActivityInput(countyCode, kind, title, organiser, starts, ends, themes);
        }
    }

    /** Participants from a municipality (code) or an organisation (id, see {@code /api/organisationer}) or both. */
    public record ParticipationRequest(String municipalityCode, Long organisationId, String profession,
                                       Integer attendees) {

        ParticipationInput toInput() {
            return new ParticipationInput(municipalityCode, organisationId, profession, attendees);
        }
    }
}

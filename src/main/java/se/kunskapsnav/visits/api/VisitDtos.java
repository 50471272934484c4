package se.kunskapsnav.visits.api;

import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.kunskapsnav.reach.Figure;
import se.kunskapsnav.visits.CountedActivity;
import se.kunskapsnav.visits.MunicipalVisit;
import se.kunskapsnav.visits.VisitedOrganisation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the visits API answers. Fields for the owning county's editors (notes, staff, counts per profession,
 * named attendees, follow-ups, participation rows) are null, and so left out, in everyone else's answers. The
 * total attendance is an {@link AttendanceDto}: exact for those editors, for everyone else the figure the
 * follow-up reports publish for the same people.
 */
public final class VisitDtos {

    private VisitDtos() {
    }

    @Schema(name = "VisitCountDto")

    public record CountDto(String profession, int attendees) {
    }

    /**
     * A number of people: {@code {"value": 12, "hidden": false}}, or {@code {"value": null, "hidden": true}}
     * where the page says "färre än 5". {@code @JsonbNillable} makes Yasson write the null.
     */
    @JsonbNillable
    @Schema(name = "VisitAttendanceDto")
    public record AttendanceDto(Long value, boolean hidden) {

        static AttendanceDto of(Figure figure) {
            return new AttendanceDto(figure.shown(), figure.hidden());
        }
    }

    public record AttendeeDto(String name, String profession) {
    }

    public record FollowUpDto(String action, LocalDate dueOn, LocalDate doneOn) {
    }

    public record VisitDto(long id, String county, long organisationId, String organisationName,
                           String organisationType, String municipalityCode, LocalDate visitedOn, String kind,
                           List<String> themes, AttendanceDto totalAttendees, List<CountDto> counts,
                           List<String> staff, List<AttendeeDto> attendees, String notes, List<FollowUpDto> followUps) {

        static VisitDto of(MunicipalVisit v, VisitedOrganisation organisation, boolean editor, Figure attendance) {
            return new VisitDto(v.getId(), v.getCountyCode(), v.getOrganisationId(),
                    organisation == null ? null : organisation.name(),
                    organisation == null ? null : organisation.type().name(),
                    organisation == null ? null : organisation.municipalityCode(), v.getVisitedOn(),
                    v.getKind().name(), sorted(v.getThemes()), AttendanceDto.of(attendance),
                    editor ? v.getCounts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> new CountDto(e.getKey(), e.getValue())).toList() : null,
                    editor ? List.copyOf(v.getStaff()) : null,
                    editor ? v.getAttendees().stream().map(a -> new AttendeeDto(a.getName(), a.getProfessionCode()))
                            .toList() : null,
                    editor ? v.getNotes() : null,
                    editor ? v.getFollowUps().stream()
                            .map(f -> new FollowUpDto(f.getAction(), f.getDueOn(), f.getDoneOn())).toList() : null);
        }
    }

    /** One participation row; {@code municipalityCode} is the organisation's when it has one. */
    public record ParticipationDto(String municipalityCode, Long organisationId, String organisationName,
                                   String profession, int attendees) {
    }

    @Schema(name = "VisitActivityDto")

    public record ActivityDto(long id, String county, String kind, String title, String organiser,
                              LocalDate startsOn, LocalDate endsOn, List<String> themes, AttendanceDto totalAttendees,
                              long municipalityCount, List<ParticipationDto> participation) {

        static ActivityDto of(CountedActivity a, Map<Long, String> organisationNames, boolean editor,
                              Figure attendance) {
            return new ActivityDto(a.getId(), a.getCountyCode(), a.getKindCode(), a.getTitle(), a.getOrganiser(),
                    a.getStartsOn(), a.getEndsOn(), sorted(a.getThemes()), AttendanceDto.of(attendance),
                    a.getMunicipalityCount(),
                    editor ? a.getParticipation().stream().map(p -> new ParticipationDto(p.getMunicipalityCode(),
                            p.getOrganisationId(), p.getOrganisationId() == null ? null
                            : organisationNames.get(p.getOrganisationId()), p.getProfessionCode(), p.getAttendees()))
                            .toList() : null);
        }
    }

    private static List<String> sorted(Collection<String> codes) {
        return codes.stream().sorted().toList();
    }
}

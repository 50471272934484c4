package se.kunskapsnav.courses.api;

import se.kunskapsnav.courses.Course;
import se.kunskapsnav.courses.CourseSession;
import se.kunskapsnav.courses.Registration;
import se.kunskapsnav.courses.Seats;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** What the course API answers. Times carry their offset, e.g. {@code 2026-03-03T09:00+01:00}. */
public final class CourseDtos {

    private CourseDtos() {
    }

    public record SeatsDto(int capacity, int taken, int free, int waiting) {
        static SeatsDto of(Seats seats) {
            return new SeatsDto(seats.capacity(), seats.held(), seats.free(), seats.waiting());
        }
    }

    public record SessionDto(long id, OffsetDateTime start, OffsetDateTime end, String place, String address,
                      String onlineUrl) {
        static SessionDto of(CourseSession s) {
            return new SessionDto(s.getId(), s.getStart().toOffsetDateTime(), s.getEnd().toOffsetDateTime(),
                    s.getPlace(), s.getAddress(), s.getOnlineUrl());
        }
    }

    public record CourseSummaryDto(long id, String title, String summary, String kind, String county,
                            List<String> coOrganisers, String format, OffsetDateTime start, OffsetDateTime end,
                            String status, SeatsDto seats) {
        static CourseSummaryDto of(Course c, Seats seats) {
            return new CourseSummaryDto(c.getId(), c.getTitle(), c.getSummary(), c.getKindCode(), c.getCountyCode(),
                    List.copyOf(c.getCoOrganisers()), c.getFormat().name(), c.getStart().toOffsetDateTime(),
                    c.getEnd().toOffsetDateTime(), c.getStatus().name(), SeatsDto.of(seats));
        }
    }

    public record CourseDto(long id, String title, String summary, String description, String kind, String county,
                     List<String> coOrganisers, String level, String format, List<String> professions,
                     List<String> sectors, List<String> themes, List<String> targetGroups,
                     List<SessionDto> sessions, OffsetDateTime registrationOpens, OffsetDateTime registrationCloses,
                     boolean requiresApproval, String contactName, String contactEmail, Long followsUpCourseId,
                     boolean recursYearly, Long seriesId, Integer seatQuota, LocalDate seatQuotaUntil,
                     String status, SeatsDto seats, long revision) {
        static CourseDto of(Course c, Seats seats) {
            return new CourseDto(c.getId(), c.getTitle(), c.getSummary(), c.getDescription(), c.getKindCode(),
                    c.getCountyCode(), sorted(c.getCoOrganisers()), c.getLevel().name(), c.getFormat().name(),
                    sorted(c.getProfessions()), sorted(c.getSectors()), sorted(c.getThemes()),
                    sorted(c.getTargetGroups()), c.getSessions().stream().map(SessionDto::of).toList(),
                    c.getRegistrationOpens().toOffsetDateTime(), c.getRegistrationCloses().toOffsetDateTime(),
                    c.isRequiresApproval(), c.getContactName(), c.getContactEmail(), c.getFollowsUpCourseId(),
                    c.isRecursYearly(), c.getSeriesId(), c.getSeatQuota(), c.getSeatQuotaUntil(), c.getStatus().name(),
                    SeatsDto.of(seats), c.getRevision());
        }

        private static List<String> sorted(java.util.Collection<String> codes) {
            return codes.stream().sorted().toList();
        }
    }

    public record CataloguePageDto(long total, int page, int pageCount, List<CourseSummaryDto> courses) {
    }

    /**
     * A registration; {@code queuePosition} is 1 for the first in the waiting list, 0 when not waiting;
     * {@code waitsForReservedSeats} when the person waits although seats are free, because those are reserved for
     * other municipalities (counties) and their own are taken.
     */
    public record RegistrationDto(long id, long courseId, String status, int queuePosition,
                                  boolean waitsForReservedSeats, String registeredAt) {
        static RegistrationDto of(Registration r, int queuePosition, boolean waitsForReservedSeats) {
            return new RegistrationDto(r.getId(), r.getCourseId(), r.getStatus().name(), queuePosition,
                    waitsForReservedSeats, r.getRegisteredAt().toString());
        }
    }

    /** A registration as the organiser sees it. */
    public record RegistrationDetailDto(long id, String status, int queuePosition, long accountId, String name,
                                 String email, long organisationId, String municipality, String region,
                                 String profession, String sector, String note, Map<String, Boolean> attendance) {
    }

    public record RegistrationRequest(String note) {
    }

    public record MailRequest(String subject, String body) {
    }

    public record MailResult(int sent) {
    }
}

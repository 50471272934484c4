package se.kunskapsnav.courses;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything an editor gives for a course, before it is checked ({@link CourseRules}). Times are local
 * Swedish times (Europe/Stockholm); lists hold vocabulary codes. {@code seatQuota} seats are reserved per
 * municipality (per county for a national course) through the Swedish date {@code seatQuotaUntil}; both or neither.
 */
public record CourseInput(String title, String summary, String description, String kindCode, String countyCode,
                          List<String> coOrganisers, CourseLevel level, CourseFormat format,
                          List<String> professions, List<String> sectors, List<String> themes,
                          List<String> targetGroups, List<SessionInput> sessions, Integer capacity,
                          LocalDateTime registrationOpens, LocalDateTime registrationCloses,
                          boolean requiresApproval, String contactName, String contactEmail, Long followsUpCourseId,
                          boolean recursYearly, Long seriesId, Integer seatQuota, LocalDate seatQuotaUntil) {

    public CourseInput {
        coOrganisers = copy(coOrganisers);
        professions = copy(professions);
        sectors = copy(sectors);
        themes = copy(themes);
        targetGroups = copy(targetGroups);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    /** The same input in another series (or none). */
    public CourseInput withSeriesId(Long series) {
        return new CourseInput(title, summary, description, kindCode, countyCode, coOrganisers, level, format,
                professions, sectors, themes, targetGroups, sessions, capacity, registrationOpens, registrationCloses,
                requiresApproval, contactName, contactEmail, followsUpCourseId, recursYearly, series, seatQuota,
                seatQuotaUntil);
    }

    private static List<String> copy(List<String> codes) {
        return codes == null ? List.of()
                : codes.stream().filter(code -> code != null && !code.isBlank()).map(String::trim).distinct().toList();
    }
}

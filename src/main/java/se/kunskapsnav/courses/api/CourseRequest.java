package se.kunskapsnav.courses.api;

import se.kunskapsnav.courses.CourseFormat;
import se.kunskapsnav.courses.CourseInput;
import se.kunskapsnav.courses.CourseLevel;
import se.kunskapsnav.courses.SessionInput;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.TextInput;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a script sends to create or change a course. Times are Swedish local times as
 * {@code 2026-03-03T09:00}; level is REGIONAL or NATIONAL, format ON_SITE, ONLINE or HYBRID; lists hold
 * vocabulary codes ({@code /api/yrken}, {@code /api/sektorer}, {@code /api/teman}, …). {@code revision}, on a
 * change, is the course's revision the change was made from (as read): a course changed by someone else since is
 * refused with 409 instead of overwritten. {@code seriesId} is the course series ({@code /api/kursserier}) the
 * course is a run of; a follow-up day given none is in the series of the course it follows up. {@code seatQuota}
 * seats are reserved for each municipality of the county (each county for a national course) through the date
 * {@code seatQuotaUntil} ({@code 2026-03-01}); give both or neither.
 */
public record CourseRequest(String title, String summary, String description, String kind, String county,
                            List<String> coOrganisers, String level, String format, List<String> professions,
                            List<String> sectors, List<String> themes, List<String> targetGroups,
                            List<SessionRequest> sessions, Integer capacity, String registrationOpens,
                            String registrationCloses, Boolean requiresApproval, String contactName,
                            String contactEmail, Long followsUpCourseId, Boolean recursYearly, Long seriesId,
                            Integer seatQuota, String seatQuotaUntil, Long revision) {

    /** One session: local start and end, a place and address, or an online link. */
    public record SessionRequest(String start, String end, String place, String address, String onlineUrl) {

        /** The session for the service; an unreadable time is a problem of {@code fieldPrefix + "start"} etc. */
        public SessionInput toInput(String fieldPrefix, Map<String, String> problems) {
            return SessionInput.read(fieldPrefix, start, end, place, address, onlineUrl, problems);
        }
    }

    /** The input for the service; unreadable times and unknown enum values are field errors. */
    CourseInput toInput() {
        Map<String, String> problems = new LinkedHashMap<>();
        CourseLevel parsedLevel = parseEnum(CourseLevel.class, level, "level", "course.unknownLevel", problems);
        CourseFormat parsedFormat = parseEnum(CourseFormat.class, format, "format", "course.unknownFormat", problems);
        List<SessionInput> sessionInputs = new ArrayList<>();
        List<SessionRequest> given = sessions == null ? List.of() : sessions;
        for (int i = 0; i < given.size(); i++) {
            SessionRequest session = given.get(i);
            if (session == null) {
                problems.put("sessions[" + i + "]", "validation.required");
                continue;
            }
            sessionInputs.add(session.toInput("sessions[" + i + "].", problems));
        }
        LocalDateTime opens = TextInput.dateTime(registrationOpens, "registrationOpens", problems);
        LocalDateTime closes = TextInput.dateTime(registrationCloses, "registrationCloses", problems);
        LocalDate quotaUntil = TextInput.date(seatQuotaUntil, "seatQuotaUntil", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CourseInput(title, summary, description, kind, county, coOrganisers, parsedLevel, parsedFormat,
                professions, sectors, themes, targetGroups, sessionInputs, capacity, opens, closes,
                Boolean.TRUE.equals(requiresApproval), contactName, contactEmail, followsUpCourseId,
                Boolean.TRUE.equals(recursYearly), seriesId, seatQuota, quotaUntil);
    }

    /** The constant named by {@code text}, null when blank; an unknown name is {@code key} at {@code field}. */
    static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String field, String key,
                                                   Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(text.trim())).findFirst()
                .orElseGet(() -> {
                    problems.put(field, key);
                    return null;
                });
    }
}

package se.kunskapsnav.courses;

import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.TextInput;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What makes a course acceptable, checked field by field so an editor sees every problem at once. Field
 * names are the input's component names; a session's fields are named {@code sessions[i].start} etc.
 */
public final class CourseRules {

    public static final int MAX_CAPACITY = 10_000;
    public static final int MAX_SESSIONS = 50;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private CourseRules() {
    }

    /**
     * The checked input; {@code quotaAreas} is how many areas a seat quota is for: the municipalities of the
     * course's county, or the counties for a national course.
     */
    public static ValidCourse check(CourseInput input, KnownCodes known, int quotaAreas) {
        Map<String, String> problems = new LinkedHashMap<>();
        String title = TextInput.required(input.title(), 200, "title", problems);
        String summary = TextInput.required(input.summary(), 500, "summary", problems);
        String description = TextInput.multiline(input.description(), 20_000, "description", problems);
        KnownCodes.requireOne(input.kindCode(), known.kinds(), "kindCode", "course.unknownKind", problems);
        KnownCodes.requireOne(input.countyCode(), known.counties(), "countyCode", "validation.unknownCounty", problems);
        if (!known.counties().containsAll(input.coOrganisers())
                || input.coOrganisers().contains(input.countyCode())) {
            problems.put("coOrganisers", "course.unknownCoOrganiser");
        }
        if (input.level() == null) {
            problems.put("level", "validation.required");
        }
        if (input.format() == null) {
            problems.put("format", "validation.required");
        }
        KnownCodes.requireAll(input.professions(), known.professions(), "professions", "validation.unknownProfession",
                problems);
        KnownCodes.requireAll(input.sectors(), known.sectors(), "sectors", "validation.unknownSector", problems);
        KnownCodes.requireAll(input.themes(), known.themes(), "themes", "course.unknownTheme", problems);
        KnownCodes.requireAll(input.targetGroups(), known.targetGroups(), "targetGroups", "course.unknownTargetGroup",
                problems);
        List<TimeSpan> sessionTimes = sessions(input, problems);
        if (input.capacity() == null) {
            problems.put("capacity", "validation.required");
        } else if (input.capacity() < 0 || input.capacity() > MAX_CAPACITY) {
            problems.put("capacity", "course.capacityRange");
        }
        Optional<Instant> opens = SessionRules.time(input.registrationOpens(), "registrationOpens", problems);
        Optional<Instant> closes = SessionRules.time(input.registrationCloses(), "registrationCloses", problems);
        if (opens.isPresent() && closes.isPresent() && !closes.get().isAfter(opens.get())) {
            problems.put("registrationCloses", "course.closesBeforeOpens");
        }
        if (closes.isPresent() && !sessionTimes.isEmpty() && problems.keySet().stream().noneMatch(f -> f.startsWith("sessions"))
                && closes.get().isAfter(sessionTimes.stream().map(TimeSpan::start).min(Instant::compareTo).orElseThrow())) {
            problems.put("registrationCloses", "course.closesAfterStart");
        }
        seatQuota(input, quotaAreas, closes, problems);
        String contactName = TextInput.required(input.contactName(), 200, "contactName", problems);
        String contactEmail = TextInput.required(input.contactEmail(), 254, "contactEmail", problems);
        if (!contactEmail.isEmpty() && !EMAIL.matcher(contactEmail).matches()) {
            problems.put("contactEmail", "validation.email");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CourseInput trimmed = new CourseInput(title, summary, description, input.kindCode(), input.countyCode(),
                input.coOrganisers(), input.level(), input.format(), input.professions(), input.sectors(),
                input.themes(), input.targetGroups(), input.sessions().stream().map(SessionRules::trimmed).toList(),
                input.capacity(), input.registrationOpens(), input.registrationCloses(), input.requiresApproval(),
                contactName, contactEmail, input.followsUpCourseId(), input.recursYearly(), input.seriesId(),
                input.seatQuota(), input.seatQuotaUntil());
        return new ValidCourse(trimmed, sessionTimes, opens.orElseThrow(), closes.orElseThrow());
    }

    /**
     * A quota needs its date and the reverse; the reserved seats (quota × areas) must fit in the capacity, and
     * the seats are released at the latest on the day registration closes.
     */
    private static void seatQuota(CourseInput input, int areas, Optional<Instant> closes,
                                  Map<String, String> problems) {
        Integer quota = input.seatQuota();
        if (quota == null) {
            if (input.seatQuotaUntil() != null) {
                problems.put("seatQuota", "validation.required");
            }
            return;
        }
        if (quota < 1 || quota > MAX_CAPACITY) {
            problems.put("seatQuota", "course.seatQuotaRange");
        } else if (input.capacity() != null && !problems.containsKey("capacity")
                && !SeatQuota.fits(quota, areas, input.capacity())) {
            problems.put("seatQuota", "course.seatQuotaExceedsCapacity");
        }
        if (input.seatQuotaUntil() == null) {
            problems.put("seatQuotaUntil", "validation.required");
        } else if (closes.isPresent()
                && input.seatQuotaUntil().isAfter(SwedishTime.zoned(closes.get()).toLocalDate())) {
            problems.put("seatQuotaUntil", "course.seatQuotaAfterClose");
        }
    }

    private static List<TimeSpan> sessions(CourseInput input, Map<String, String> problems) {
        if (input.sessions().isEmpty()) {
            problems.put("sessions", "course.sessionRequired");
            return List.of();
        }
        if (input.sessions().size() > MAX_SESSIONS) {
            problems.put("sessions", "course.tooManySessions");
            return List.of();
        }
        List<TimeSpan> times = new ArrayList<>();
        for (int i = 0; i < input.sessions().size(); i++) {
            SessionRules.check(input.sessions().get(i), "sessions[" + i + "].", input.format(), problems)
                    .ifPresent(times::add);
        }
        return times;
    }
}

package se.kunskapsnav.networks;

import se.kunskapsnav.courses.KnownCodes;
import se.kunskapsnav.courses.SessionRules;
import se.kunskapsnav.courses.TimeSpan;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.TextInput;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** What makes a network, a meeting and a recorded member acceptable; every problem at once, per field. */
public final class NetworkRules {

    static final int MAX_TEXT = 20_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** A checked meeting and the instants of its session. */
    public record ValidMeeting(MeetingInput input, TimeSpan times) {
    }

    private NetworkRules() {
    }

    public static NetworkInput check(NetworkInput input, KnownCodes known) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = TextInput.required(input.name(), 200, "name", problems);
        String purpose = TextInput.multiline(input.purpose(), MAX_TEXT, "purpose", problems);
        if (purpose.isEmpty()) {
            problems.put("purpose", "validation.required");
        }
        if (input.countyCode() == null || input.countyCode().isBlank()) {
            problems.put("countyCode", "validation.required");
        } else if (!known.counties().contains(input.countyCode())) {
            problems.put("countyCode", "validation.unknownCounty");
        }
        if (!known.counties().containsAll(input.coOwners()) || input.coOwners().contains(input.countyCode())) {
            problems.put("coOwners", "course.unknownCoOrganiser");
        }
        KnownCodes.requireAll(input.professions(), known.professions(), "professions", "validation.unknownProfession",
                problems);
        KnownCodes.requireAll(input.sectors(), known.sectors(), "sectors", "validation.unknownSector", problems);
        KnownCodes.requireAll(input.themes(), known.themes(), "themes", "course.unknownTheme", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new NetworkInput(name, purpose, input.countyCode(), input.coOwners(), input.openToApply(),
                input.professions(), input.sectors(), input.themes());
    }

    /** A meeting needs a title, a time that exists in Swedish time, and a place or a web link (or both). */
    public static ValidMeeting check(MeetingInput input) {
        Map<String, String> problems = new LinkedHashMap<>();
        String title = TextInput.required(input.title(), 200, "title", problems);
        String agenda = TextInput.multiline(input.agenda(), MAX_TEXT, "agenda", problems);
        if (input.session() == null) {
            problems.put("start", "validation.required");
            throw new InvalidInputException(problems);
        }
        Optional<TimeSpan> times = SessionRules.check(input.session(), "", null, problems);
        var session = SessionRules.trimmed(input.session());
        if (session.place() == null && session.onlineUrl() == null && !problems.containsKey("place")) {
            problems.put("place", "network.placeOrLinkRequired");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ValidMeeting(new MeetingInput(title, session, agenda), times.orElseThrow());
    }

    public static MemberInput check(MemberInput input, KnownCodes known) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = TextInput.required(input.name(), 200, "name", problems);
        String email = TextInput.required(input.email(), 254, "email", problems);
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            problems.put("email", "validation.email");
        }
        if (input.organisationId() == null) {
            problems.put("organisationId", "validation.required");
        }
        KnownCodes.requireOne(input.professionCode(), known.professions(), "professionCode",
                "validation.unknownProfession", problems);
        KnownCodes.requireOne(input.sectorCode(), known.sectors(), "sectorCode", "validation.unknownSector", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new MemberInput(name, email, input.organisationId(), input.professionCode(), input.sectorCode());
    }

    /** Minutes: Markdown, may be emptied again. */
    public static String checkMinutes(String minutes) {
        Map<String, String> problems = new LinkedHashMap<>();
        String text = TextInput.multiline(minutes, MAX_TEXT, "minutes", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return text.isEmpty() ? null : text;
    }
}

package se.kunskapsnav.webcourse;

import se.kunskapsnav.courses.KnownCodes;
import se.kunskapsnav.platform.Dates;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.TextInput;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What makes a study group, its sessions, recorded members and counts acceptable, field by field. */
public final class GroupRules {

    static final int MAX_MEMBERS = 500;
    static final int MAX_COUNT = 500;

    private GroupRules() {
    }

    /**
     * The input trimmed, or every problem at once.
     *
     * @param organisationKnown whether the directory has an active organisation with the given id
     * @param municipalityKnown whether the municipality code names a municipality
     */
    public static GroupInput check(GroupInput input, boolean organisationKnown, boolean municipalityKnown) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = TextInput.required(input.name(), 200, "name", problems);
        if (input.organisationId() == null) {
            problems.put("organisationId", "validation.required");
        } else if (!organisationKnown) {
            problems.put("organisationId", "webcourse.group.unknownOrganisation");
        }
        if (input.municipalityCode() == null || input.municipalityCode().isBlank()) {
            problems.put("municipalityCode", "validation.required");
        } else if (!municipalityKnown) {
            problems.put("municipalityCode", "webcourse.group.unknownMunicipality");
        }
        if (input.maxMembers() != null && (input.maxMembers() < 1 || input.maxMembers() > MAX_MEMBERS)) {
            problems.put("maxMembers", "webcourse.group.maxMembersRange");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new GroupInput(name, input.organisationId(), input.municipalityCode().trim(), input.maxMembers(),
                input.openToJoin());
    }

    /** A session needs a date and at least one module of the loaded course. */
    public static SessionPlanInput check(SessionPlanInput input, Set<String> moduleCodes) {
        Map<String, String> problems = new LinkedHashMap<>();
        Dates.check(input.plannedOn(), "plannedOn", true, problems);
        if (input.modules().isEmpty()) {
            problems.put("modules", "webcourse.group.modulesRequired");
        } else if (!moduleCodes.containsAll(input.modules())) {
            problems.put("modules", "webcourse.group.unknownModule");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return input;
    }

    /** A recorded member: the name may be left out; profession and sector are needed for the figures. */
    public static RecordedMemberInput check(RecordedMemberInput input, KnownCodes known) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = TextInput.optional(input.name(), 200, "name", problems);
        KnownCodes.requireOne(input.professionCode(), known.professions(), "professionCode",
                "validation.unknownProfession", problems);
        KnownCodes.requireOne(input.sectorCode(), known.sectors(), "sectorCode", "validation.unknownSector", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new RecordedMemberInput(name.isEmpty() ? null : name, input.professionCode(), input.sectorCode());
    }

    /** Counts per profession: known professions, 0 (or nothing) to 500 each; field {@code counts[code]}. */
    public static void checkCounts(Map<String, Integer> counts, KnownCodes known) {
        Map<String, String> problems = new LinkedHashMap<>();
        counts.forEach((profession, participants) -> {
            String field = "counts[" + profession + "]";
            if (!known.professions().contains(profession)) {
                problems.put(field, "validation.unknownProfession");
            } else if (participants != null && (participants < 0 || participants > MAX_COUNT)) {
                problems.put(field, "webcourse.group.countRange");
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}

package se.kunskapsnav.webcourse;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.courses.KnownCodes;
import se.kunskapsnav.platform.InvalidInputException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GroupRulesTest {

    private static final KnownCodes KNOWN = new KnownCodes(Set.of("01"), Set.of(), Set.of("socialsekreterare"),
            Set.of("kommun"), Set.of(), Set.of());

    private static Map<String, String> problems(Runnable check) {
        return assertThrows(InvalidInputException.class, check::run).fieldMessageKeys();
    }

    @Test
    void aGroupNeedsNameOrganisationAndMunicipalityAndASaneLimit() {
        assertEquals(Map.of("name", "validation.required", "organisationId", "validation.required",
                        "municipalityCode", "validation.required", "maxMembers", "webcourse.group.maxMembersRange"),
                problems(() -> GroupRules.check(new GroupInput(" ", null, null, 0, true), false, false)));
        assertEquals(Map.of("organisationId", "webcourse.group.unknownOrganisation",
                        "municipalityCode", "webcourse.group.unknownMunicipality"),
                problems(() -> GroupRules.check(new GroupInput("Grupp", 9L, "9999", null, true), false, false)));
        assertEquals("Socialtjänsten",
                GroupRules.check(new GroupInput("  Socialtjänsten ", 1L, "0180", 500, true), true, true).name());
    }

    @Test
    void aSessionNeedsADateAndModulesOfTheCourse() {
        Set<String> modules = Set.of("01-vald", "02-barn");

        assertEquals(Map.of("plannedOn", "validation.required", "modules", "webcourse.group.modulesRequired"),
                problems(() -> GroupRules.check(new SessionPlanInput(null, List.of(" ")), modules)));
        assertEquals(Map.of("modules", "webcourse.group.unknownModule"), problems(() -> GroupRules.check(
                new SessionPlanInput(LocalDate.of(2026, 12, 1), List.of("01-vald", "09-saknas")), modules)));
        assertEquals(Map.of("plannedOn", "visits.dateOutOfRange"), problems(() -> GroupRules.check(
                new SessionPlanInput(LocalDate.of(1999, 12, 1), List.of("01-vald")), modules)));
    }

    @Test
    void aRecordedMemberMayBeNamelessButNeedsProfessionAndSector() {
        assertNull(GroupRules.check(new RecordedMemberInput("  ", "socialsekreterare", "kommun"), KNOWN).name());
        assertEquals(Map.of("professionCode", "validation.unknownProfession", "sectorCode", "validation.required"),
                problems(() -> GroupRules.check(new RecordedMemberInput("Kim", "pilot", null), KNOWN)));
    }

    @Test
    void countsAreForKnownProfessionsFromZeroTo500() {
        Map<String, Integer> counts = new HashMap<>();
        counts.put("socialsekreterare", 501);
        counts.put("pilot", 3);

        assertEquals(Map.of("counts[socialsekreterare]", "webcourse.group.countRange",
                "counts[pilot]", "validation.unknownProfession"), problems(() -> GroupRules.checkCounts(counts, KNOWN)));
        GroupRules.checkCounts(Map.of("socialsekreterare", 0), KNOWN);
    }
}

package se.kunskapsnav.visits;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.platform.InvalidInputException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ParticipationRulesTest {

    private static final ParticipationDirectory DIRECTORY = new ParticipationDirectory(Set.of("0180", "1280"),
            Map.of(1L, new ParticipationDirectory.KnownOrganisation(1, "Malmö", "1280"),
                    5L, new ParticipationDirectory.KnownOrganisation(5, "Region Skåne", null)),
            Map.of("kurator", "Kurator", "socialsekreterare", "Socialsekreterare"));

    @Test
    void anOrganisationBringsItsMunicipalityAndEqualRowsAreAddedTogether() {
        List<ValidParticipation> rows = ParticipationRules.check(List.of(
                new ParticipationInput(null, 1L, "kurator", 2),
                new ParticipationInput("0180", null, "kurator", 3),
                new ParticipationInput("1280", 1L, "kurator", 4),
                new ParticipationInput("0180", 5L, "socialsekreterare", 1)), DIRECTORY);
        assertEquals(List.of(new ValidParticipation("1280", 1L, "kurator", 6),
                new ValidParticipation("0180", null, "kurator", 3),
                new ValidParticipation("0180", 5L, "socialsekreterare", 1)), rows);
    }

    @Test
    void everyBadRowIsReportedAtItsFields() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ParticipationRules.check(
                Arrays.asList(new ParticipationInput(null, null, "kurator", 1),
                        new ParticipationInput("9999", 77L, "brandman", 0),
                        new ParticipationInput("0180", 1L, null, null),
                        null), DIRECTORY));
        assertEquals(Map.of(
                "participation[0].municipalityCode", "participation.placeRequired",
                "participation[1].municipalityCode", "participation.unknownMunicipality",
                "participation[1].organisationId", "validation.unknownOrganisation",
                "participation[1].professionCode", "validation.unknownProfession",
                "participation[1].attendees", "visits.countAtLeastOne",
                "participation[2].organisationId", "participation.otherMunicipality",
                "participation[2].professionCode", "validation.required",
                "participation[2].attendees", "validation.required",
                "participation[3]", "validation.required"), e.fieldMessageKeys());
    }
}

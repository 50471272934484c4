package se.kunskapsnav.visits;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.courses.KnownCodes;
import se.kunskapsnav.directory.OrganisationType;
import se.kunskapsnav.platform.InvalidInputException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VisitRulesTest {

    private static final KnownCodes KNOWN = new KnownCodes(Set.of("01", "12"), Set.of("konferens"),
            Set.of("socialsekreterare", "socialchef"), Set.of(),
            Set.of("vald-i-nara-relationer", "hedersrelaterat-vald"), Set.of());
    private static final VisitedOrganisation SOLNA = new VisitedOrganisation(7, OrganisationType.MUNICIPALITY,
            "Solna", "01", "0184", true);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 3);

    private static VisitInput visit(List<VisitInput.ProfessionCount> counts, List<VisitInput.Attendee> attendees,
                                    List<VisitInput.FollowUp> followUps) {
        return new VisitInput(7L, DAY, VisitKind.REVIEW, List.of("vald-i-nara-relationer"),
                List.of(" Anna Utvecklingsledare "), counts, attendees, "  Bra samtal.\nUppföljning i höst. ",
                followUps);
    }

    @Test
    void aCompleteVisitIsAcceptedTrimmed() {
        VisitInput valid = VisitRules.check(visit(
                List.of(new VisitInput.ProfessionCount("socialsekreterare", 8),
                        new VisitInput.ProfessionCount("socialchef", 1)),
                List.of(new VisitInput.Attendee(" Eva Chef ", "socialchef"), new VisitInput.Attendee("Per", " ")),
                List.of(new VisitInput.FollowUp(" Skicka rutinen ", DAY.plusMonths(1), null))), KNOWN, SOLNA);
        assertEquals(List.of("Anna Utvecklingsledare"), valid.staff());
        assertEquals("Bra samtal.\nUppföljning i höst.", valid.notes());
        assertEquals(List.of(new VisitInput.Attendee("Eva Chef", "socialchef"), new VisitInput.Attendee("Per", null)),
                valid.attendees());
        assertEquals("Skicka rutinen", valid.followUps().getFirst().action());
    }

    @Test
    void aVisitNeedsOnlyOrganisationDateAndKind() {
        VisitInput valid = VisitRules.check(new VisitInput(7L, DAY, VisitKind.REQUESTED, null, null, null, null,
                "  ", null), KNOWN, SOLNA);
        assertNull(valid.notes());
        assertEquals(List.of(), valid.counts());
    }

    @Test
    void everyProblemIsReportedAtItsField() {
        VisitInput input = new VisitInput(null, LocalDate.of(1999, 12, 31), null, List.of("okant-tema"),
                List.of("x".repeat(201)),
                Arrays.asList(new VisitInput.ProfessionCount("socialsekreterare", 0),
                        new VisitInput.ProfessionCount("brandman", 2),
                        new VisitInput.ProfessionCount("socialsekreterare", null),
                        new VisitInput.ProfessionCount(" ", 10_001)),
                List.of(new VisitInput.Attendee(" ", "brandman")), "ok\u0000",
                List.of(new VisitInput.FollowUp("", null, LocalDate.of(2100, 1, 1))));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> VisitRules.check(input, KNOWN, null));
        assertEquals(Map.ofEntries(
                Map.entry("organisationId", "validation.required"),
                Map.entry("visitedOn", "visits.dateOutOfRange"),
                Map.entry("kind", "validation.required"),
                Map.entry("themes", "course.unknownTheme"),
                Map.entry("staff[0]", "validation.tooLong"),
                Map.entry("counts[0].attendees", "visits.countAtLeastOne"),
                Map.entry("counts[1].professionCode", "validation.unknownProfession"),
                Map.entry("counts[2].professionCode", "visits.professionTwice"),
                Map.entry("counts[2].attendees", "validation.required"),
                Map.entry("counts[3].professionCode", "validation.required"),
                Map.entry("counts[3].attendees", "visits.countTooLarge"),
                Map.entry("attendees[0].name", "validation.required"),
                Map.entry("attendees[0].professionCode", "validation.unknownProfession"),
                Map.entry("notes", "validation.tooLong"),
                Map.entry("followUps[0].action", "validation.required"),
                Map.entry("followUps[0].dueOn", "validation.required"),
                Map.entry("followUps[0].doneOn", "visits.dateOutOfRange")), e.fieldMessageKeys());
    }

    @Test
    void onlyMunicipalitiesCityDistrictsAndRegionsAreVisited() {
        VisitInput input = new VisitInput(9L, DAY, VisitKind.REVIEW, null, null, null, null, null, null);
        for (VisitedOrganisation other : List.of(
                new VisitedOrganisation(9, OrganisationType.WOMENS_SHELTER, "Jouren", "01", null, true),
                new VisitedOrganisation(9, OrganisationType.CITY_DISTRICT, "Bromma", "01", "0180", false),
                new VisitedOrganisation(9, OrganisationType.MUNICIPALITY, "Utan län", null, null, true))) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> VisitRules.check(input, KNOWN, other));
            assertEquals(Map.of("organisationId", "visits.notVisitable"), e.fieldMessageKeys(), other.name());
        }
        VisitRules.check(input, KNOWN, new VisitedOrganisation(9, OrganisationType.CITY_DISTRICT, "Bromma", "01",
                "0180", true));
        VisitRules.check(input, KNOWN, new VisitedOrganisation(9, OrganisationType.REGION, "Region Stockholm", "01",
                null, true));
    }
}

package se.kunskapsnav.networks;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.courses.KnownCodes;
import se.kunskapsnav.courses.SessionInput;
import se.kunskapsnav.platform.InvalidInputException;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NetworkRulesTest {

    private static final KnownCodes KNOWN = new KnownCodes(Set.of("01", "12"), Set.of("konferens"),
            Set.of("socialsekreterare"), Set.of("socialtjanst"), Set.of("vald-i-nara-relationer"), Set.of());
    private static final LocalDateTime MORNING = LocalDateTime.of(2026, 3, 3, 9, 0);

    @Test
    void aNetworkIsTrimmedAndEveryWrongFieldIsNamedAtOnce() {
        NetworkInput ok = NetworkRules.check(new NetworkInput("  Samordnarnätverket ", "Erfarenhetsutbyte\n", "01",
                List.of("12"), true, List.of("socialsekreterare"), List.of(), List.of()), KNOWN);
        assertEquals("Samordnarnätverket", ok.name());
        assertEquals("Erfarenhetsutbyte", ok.purpose());

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> NetworkRules.check(
                new NetworkInput(" ", "", "99", List.of("77"), false, List.of("trollkarl"), List.of("x"),
                        List.of("y")), KNOWN));
        assertEquals(List.of("name", "purpose", "countyCode", "coOwners", "professions", "sectors", "themes"),
                List.copyOf(e.fieldMessageKeys().keySet()));
    }

    @Test
    void theOwnerCannotAlsoBeACoOwner() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> NetworkRules.check(
                new NetworkInput("N", "P", "01", List.of("01"), false, null, null, null), KNOWN));
        assertEquals("course.unknownCoOrganiser", e.fieldMessageKeys().get("coOwners"));
    }

    @Test
    void aMeetingNeedsAPlaceOrALinkAndTimesThatExist() {
        var valid = NetworkRules.check(new MeetingInput("Träff", new SessionInput(MORNING, MORNING.plusHours(3),
                " ", null, "https://meet.example/123"), "1. Välkommen"));
        assertNull(valid.input().session().place(), "blank place is stored as none");
        assertEquals(3, valid.times().duration().toHours());

        InvalidInputException nowhere = assertThrows(InvalidInputException.class, () -> NetworkRules.check(
                new MeetingInput("Träff", new SessionInput(MORNING, MORNING.plusHours(1), null, null, null), "")));
        assertEquals("network.placeOrLinkRequired", nowhere.fieldMessageKeys().get("place"));

        // 02:30 on 29 March 2026 does not exist in Sweden: the clocks go from 02:00 to 03:00
        LocalDateTime skipped = LocalDateTime.of(2026, 3, 29, 2, 30);
        InvalidInputException gap = assertThrows(InvalidInputException.class, () -> NetworkRules.check(
                new MeetingInput("Träff", new SessionInput(skipped, skipped.plusHours(2), "Rum", null, null), "")));
        assertEquals("course.timeDoesNotExist", gap.fieldMessageKeys().get("start"));

        InvalidInputException backwards = assertThrows(InvalidInputException.class, () -> NetworkRules.check(
                new MeetingInput("", new SessionInput(MORNING, MORNING, "Rum", null, "ftp://x"), "")));
        assertEquals(Set.of("title", "end", "onlineUrl"), backwards.fieldMessageKeys().keySet());
    }

    @Test
    void aRecordedMemberNeedsNameAddressOrganisationAndKnownCodes() {
        MemberInput ok = NetworkRules.check(new MemberInput(" Sara ", " sara@kommun.example ", 5L,
                "socialsekreterare", "socialtjanst"), KNOWN);
        assertEquals("Sara", ok.name());
        assertEquals("sara@kommun.example", ok.email());

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> NetworkRules.check(
                new MemberInput("", "sara-at-kommun", null, "trollkarl", null), KNOWN));
        assertEquals(List.of("name", "email", "organisationId", "professionCode", "sectorCode"),
                List.copyOf(e.fieldMessageKeys().keySet()));
    }

    @Test
    void emptiedMinutesAreNoMinutes() {
        assertNull(NetworkRules.checkMinutes("  \n "));
        assertEquals("Punkt 1\n\tdetalj", NetworkRules.checkMinutes("Punkt 1\n\tdetalj\n"));
        assertThrows(InvalidInputException.class, () -> NetworkRules.checkMinutes("bell\u0007"));
    }
}

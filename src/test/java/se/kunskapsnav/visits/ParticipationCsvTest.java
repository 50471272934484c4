package se.kunskapsnav.visits;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParticipationCsvTest {

    private static final ParticipationDirectory DIRECTORY = new ParticipationDirectory(
            Set.of("0180", "0114", "1280", "1281", "0980"),
            Map.of(1L, new ParticipationDirectory.KnownOrganisation(1, "Malmö", "1280"),
                    2L, new ParticipationDirectory.KnownOrganisation(2, "Kvinnojouren", "1280"),
                    3L, new ParticipationDirectory.KnownOrganisation(3, "Kvinnojouren", "1281"),
                    4L, new ParticipationDirectory.KnownOrganisation(4, "Jour; Syd \"Väst\"", null),
                    5L, new ParticipationDirectory.KnownOrganisation(5, "Region Skåne", null)),
            Map.of("socialsekreterare", "Socialsekreterare", "kurator", "Kurator",
                    "kvinnofridssamordnare", "Kvinnofridssamordnare/samordnare"));

    private static ParticipationCsv.Result parse(String text) {
        return ParticipationCsv.parse(text.getBytes(StandardCharsets.UTF_8), DIRECTORY);
    }

    private static List<String> messages(ParticipationCsv.Result result) {
        return result.errors().stream().map(ParticipationCsv.LineError::message).toList();
    }

    @Test
    void aGoodFileFromExcelWithByteOrderMarkCrLfAndEmptyRowsIsRead() {
        String file = "\uFEFFKommunkod;Organisation;Yrke;Antal\r\n"
                + "0180;;socialsekreterare;12\r\n"
                + "\r\n"
                + ";;;\r\n"
                + ";Region Skåne;KURATOR;3\r\n"
                + "180;;Kvinnofridssamordnare/samordnare; 2 \r\n"
                + "1281;kvinnojouren;kurator;1;;\r\n"
                + "\"\";\"Jour; Syd \"\"Väst\"\"\";kurator;4\r\n";
        ParticipationCsv.Result result = parse(file);
        assertEquals(List.of(), messages(result));
        assertEquals(List.of(
                new ParticipationInput("0180", null, "socialsekreterare", 12),
                new ParticipationInput(null, 5L, "kurator", 3),
                new ParticipationInput("0180", null, "kvinnofridssamordnare", 2),
                new ParticipationInput("1281", 3L, "kurator", 1),
                new ParticipationInput(null, 4L, "kurator", 4)), result.rows());
    }

    @Test
    void aFileWithOnlyLfAndNoFinalLineBreakIsRead() {
        ParticipationCsv.Result result = parse("kommunkod;organisation;yrke;antal\n0114;;kurator;7");
        assertTrue(result.isValid());
        assertEquals(List.of(new ParticipationInput("0114", null, "kurator", 7)), result.rows());
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndNoRowIsUsable() {
        String file = "kommunkod;organisation;yrke;antal\n"
                + "0180;;socialsekreterare;5\n"       // 2 good
                + "9999;;socialsekreterare;5\n"       // 3 unknown municipality
                + "0180;;socialsekreterare;-3\n"      // 4 negative
                + "0180;;socialsekreterare;tre\n"     // 5 not a number
                + "0180;;brandman;2\n"                // 6 unknown profession
                + ";Okänd förening;kurator;2\n"       // 7 unknown organisation
                + "0180;kurator;2\n"                  // 8 wrong column count
                + "\n"                                // 9 blank
                + "0180;;kurator;0\n"                 // 10 zero
                + ";Kvinnojouren;kurator;2\n"         // 11 ambiguous
                + "01x0;;kurator;2\n"                 // 12 malformed code
                + ";;kurator;2\n"                     // 13 no place
                + "0180;;;\n"                         // 14 no profession, no count
                + "0114;Malmö;kurator;2\n"            // 15 organisation elsewhere
                + "0180;\"Jour;kurator;2\n";          // 16 unclosed quote
        ParticipationCsv.Result result = parse(file);
        assertFalse(result.isValid());
        assertEquals(List.of(), result.rows());
        assertEquals(List.of(
                "Rad 3: Okänd kommunkod ”9999”.",
                "Rad 4: Skriv ett antal som är minst 1 i stället för ”-3”.",
                "Rad 5: Skriv antalet ”tre” som ett heltal, till exempel 12.",
                "Rad 6: Okänt yrke ”brandman”. Använd en kod eller ett namn ur listan över yrken.",
                "Rad 7: Okänd organisation ”Okänd förening”. Skriv namnet som i portalens organisationslista.",
                "Rad 8: Raden har 3 kolumner men ska ha 4: kommunkod;organisation;yrke;antal.",
                "Rad 10: Skriv ett antal som är minst 1 i stället för ”0”.",
                "Rad 11: Det finns flera organisationer som heter ”Kvinnojouren”. Ange kommunkod på raden så att"
                        + " det går att avgöra vilken.",
                "Rad 12: Kommunkoden ”01x0” ska vara fyra siffror, till exempel 0180.",
                "Rad 13: Ange kommunkod eller organisation.",
                "Rad 14: Ange yrke.",
                "Rad 14: Ange antal.",
                "Rad 15: Organisationen ”Malmö” ligger inte i kommunen med kod ”0114”.",
                "Rad 16: Ett citattecken är inte avslutat."), messages(result));
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 14, 15, 16),
                result.errors().stream().map(ParticipationCsv.LineError::line).toList());
    }

    @Test
    void anUnknownOrganisationGetsTheNearestKnownNameSuggestedWhenOneIsLikeEnough() {
        assertEquals(List.of("Rad 2: Okänd organisation ”Skåne region”. Menade du ”Region Skåne”? Skriv namnet som i"
                        + " portalens organisationslista.",
                        "Rad 3: Okänd organisation ”Kvinnojouren Syd”. Menade du ”Kvinnojouren”? Skriv namnet som i"
                        + " portalens organisationslista.",
                        "Rad 4: Okänd organisation ”Brottsofferjouren”. Skriv namnet som i portalens"
                        + " organisationslista."),
                messages(parse("kommunkod;organisation;yrke;antal\n1280;Skåne region;kurator;2\n"
                        + "1280;Kvinnojouren Syd;kurator;1\n1280;Brottsofferjouren;kurator;1\n")));
        ParticipationLookup lookup = new ParticipationLookup(new ParticipationDirectory(Set.of("1480"),
                Map.of(9L, new ParticipationDirectory.KnownOrganisation(9, "Västra Götalandsregionen", null)),
                Map.of()));
        assertEquals("Västra Götalandsregionen", lookup.nearestOrganisationName("Region Västra Götaland"));
    }

    @Test
    void aMunicipalityCodeTellsNamesakeOrganisationsApart() {
        ParticipationCsv.Result result = parse("kommunkod;organisation;yrke;antal\n1280;Kvinnojouren;kurator;2\n");
        assertEquals(List.of(new ParticipationInput("1280", 2L, "kurator", 2)), result.rows());
    }

    @Test
    void theHeaderMustComeFirst() {
        assertEquals(List.of("Rad 1: Första raden ska vara rubrikraden kommunkod;organisation;yrke;antal"
                        + " (kolumnerna avgränsade med semikolon)."),
                messages(parse("0180;;kurator;2\n")));
        assertEquals(1, parse("kommunkod,organisation,yrke,antal\n0180,,kurator,2\n").errors().getFirst().line());
        assertEquals(1, parse("").errors().getFirst().line());
    }

    @Test
    void aHeaderWithoutRowsIsRefused() {
        assertEquals(List.of("Rad 2: Filen har inga rader med antal under rubrikraden."),
                messages(parse("kommunkod;organisation;yrke;antal\r\n\r\n")));
    }

    @Test
    void aFileNotInUtf8IsRefusedAsAWhole() {
        byte[] latin1 = "kommunkod;organisation;yrke;antal\n;Malmö;kurator;2\n".getBytes(StandardCharsets.ISO_8859_1);
        ParticipationCsv.Result result = ParticipationCsv.parse(latin1, DIRECTORY);
        assertEquals(0, result.errors().getFirst().line());
        assertTrue(result.errors().getFirst().message().contains("UTF-8"), result.errors().getFirst().message());
    }

    @Test
    void sizeAndLineLimitsHaveClearMessages() {
        byte[] large = new byte[ParticipationCsv.MAX_BYTES + 1];
        assertEquals(List.of("Välj en fil som är högst 1 MB, eller dela upp den."),
                messages(ParticipationCsv.parse(large, DIRECTORY)));
        StringBuilder many = new StringBuilder("kommunkod;organisation;yrke;antal\n");
        for (int i = 0; i <= ParticipationCsv.MAX_LINES; i++) {
            many.append("0180;;kurator;1\n");
        }
        assertEquals(List.of("Filen har för många rader. Den får ha högst 10000 rader med antal."),
                messages(parse(many.toString())));
    }

    @Test
    void cellsAreSplitAtSemicolonsOutsideQuotes() {
        assertEquals(List.of("a", "b;c", "d\"e", ""), ParticipationCsv.cells("a;\"b;c\";\"d\"\"e\";"));
        assertEquals(List.of("a", "b", "c", "d"), ParticipationCsv.cells("a;b;c;d;;;"));
        assertNull(ParticipationCsv.cells("a;\"b;c"));
    }
}

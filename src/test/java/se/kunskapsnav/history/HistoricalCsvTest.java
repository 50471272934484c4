package se.kunskapsnav.history;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.visits.ParticipationCsv.LineError;
import se.kunskapsnav.visits.ParticipationDirectory;
import se.kunskapsnav.visits.ParticipationDirectory.KnownOrganisation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoricalCsvTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final String HEADER = "titel;typ;datum;teman;deltagare;kommunkod;organisation;yrke;sektor;antal\r\n";
    private static final HistoricalDirectory DIRECTORY = new HistoricalDirectory(
            new ParticipationDirectory(Set.of("0180", "0114", "1280", "1281", "0980"),
                    Map.of(1L, new KnownOrganisation(1, "Malmö", "1280"),
                            2L, new KnownOrganisation(2, "Kvinnojouren", "1280"),
                            3L, new KnownOrganisation(3, "Kvinnojouren", "1281"),
                            5L, new KnownOrganisation(5, "Region Skåne", null)),
                    Map.of("socialsekreterare", "Socialsekreterare", "kurator", "Kurator")),
            Map.of(5L, "12"),
            Map.of("utbildningsdag", "Utbildningsdag", "kursledarutbildning", "Kursledarutbildning",
                    "natverkstraff", "Nätverksträff"),
            Map.of("vald-i-nara-relationer", "Våld i nära relationer",
                    "hedersrelaterat-vald", "Hedersrelaterat våld och förtryck"),
            Map.of("socialtjanst", "Socialtjänst", "halso-och-sjukvard", "Hälso- och sjukvård"),
            Map.of("BAS", 7L, "VINR bas", 7L, "Våld i nära relationer – grundutbildning", 7L, "SPETS", 8L));

    private static HistoricalCsv.Result parse(String text) {
        return HistoricalCsv.parse(text.getBytes(StandardCharsets.UTF_8), DIRECTORY, TODAY);
    }

    private static List<String> messages(HistoricalCsv.Result result) {
        return result.errors().stream().map(LineError::message).toList();
    }

    @Test
    void aGoodFileFromExcelIsReadIntoActivitiesOfTheirLines() {
        String file = "\uFEFFTitel;Typ;Datum;Teman;Deltagare;Kommunkod;Organisation;Yrke;Sektor;Antal\r\n"
                // a person by name; themes by code and by name
                + "BAS-utbildning;utbildningsdag;2018-03-15;vald-i-nara-relationer|Hedersrelaterat våld och förtryck;"
                + "Anna Berg;1280;;socialsekreterare;socialtjanst;\r\n"
                // a person by address at an organisation (its municipality is stored); the kind by name
                + "BAS-utbildning;Utbildningsdag;2018-03-15;Hedersrelaterat våld och förtryck | vald-i-nara-relationer;"
                + " Anna.Berg@Malmo.se ;;Malmö;Kurator;;1\r\n"
                // a counted group: the title in other case is the same activity; Excel dropped 0180's zero
                + "bas-utbildning;utbildningsdag;2018-03-15;vald-i-nara-relationer|hedersrelaterat-vald;;180;;;;12\r\n"
                + "\r\n"
                + ";;;;;;;;;\r\n"
                // the same name at another activity; a region, found by its organisation
                + "Nätverksträff kvinnofrid;Nätverksträff;2017-10-02;;anna berg;;Region Skåne;kurator;"
                + "Hälso- och sjukvård;\r\n"
                // a quoted title with a semicolon; namesake organisations told apart by the municipality
                + "\"Träff; hösten\";natverkstraff;2017-10-02;;;1281;Kvinnojouren;;;3;;\r\n";
        HistoricalCsv.Result result = parse(file);
        assertEquals(List.of(), messages(result));
        assertEquals(5, result.lineCount(), "blank lines are not counted");
        assertEquals(List.of(
                new SignInActivity("BAS-utbildning", "utbildningsdag", LocalDate.of(2018, 3, 15),
                        Set.of("vald-i-nara-relationer", "hedersrelaterat-vald"), null, List.of(
                        new SignInLine("anna berg", "1280", null, null, "socialsekreterare", "socialtjanst", 1),
                        new SignInLine("anna.berg@malmo.se", "1280", 1L, null, "kurator", null, 1),
                        new SignInLine(null, "0180", null, null, null, null, 12))),
                new SignInActivity("Nätverksträff kvinnofrid", "natverkstraff", LocalDate.of(2017, 10, 2), Set.of(), null,
                        List.of(new SignInLine("anna berg", null, 5L, "12", "kurator", "halso-och-sjukvard", 1))),
                new SignInActivity("Träff; hösten", "natverkstraff", LocalDate.of(2017, 10, 2), Set.of(), null,
                        List.of(new SignInLine(null, "1281", 3L, null, null, null, 3)))),
                result.activities());
        assertEquals(14, result.activities().getFirst().participants());
    }

    @Test
    void anOptionalSeriesColumnNamesTheSeriesByAnyOfItsNamesAndAnUnknownOneIsALineError() {
        String header = HEADER.replace("antal\r\n", "antal;serie\r\n");
        HistoricalCsv.Result result = parse(header
                + "Grundkurs 2017;utbildningsdag;2017-03-15;;anna;1280;;;;;  vinr BAS \r\n"
                + "BAS 2018;utbildningsdag;2018-03-15;;anna;1280;;;;;Våld i nära relationer – grundutbildning\r\n"
                + "Spetskurs;utbildningsdag;2018-04-15;;;0180;;;;4;\r\n");
        assertEquals(List.of(), messages(result));
        assertEquals(Arrays.asList(7L, 7L, null),
                result.activities().stream().map(SignInActivity::seriesId).toList());

        HistoricalCsv.Result unknown = parse(header
                + "BAS;utbildningsdag;2018-03-15;;anna;1280;;;;;Grundkursen\r\n"
                + "BAS;utbildningsdag;2018-03-15;;bo;1280;;;;;BAS\r\n"
                + "BAS;utbildningsdag;2018-03-15;;cecilia;1280;;;;;SPETS\r\n");
        assertEquals(List.of("Rad 2, kolumn serie: Okänd kursserie ”Grundkursen”. Använd namnet eller ett alternativt"
                        + " namn på en kursserie, eller lämna serie tom."), messages(unknown).subList(0, 1));
        assertTrue(messages(unknown).get(1).startsWith("Rad 4, kolumn serie: Kursserien är inte densamma som på rad 3"),
                messages(unknown).toString());
    }

    @Test
    void aFileWithOnlyLfAndNoFinalLineBreakIsRead() {
        HistoricalCsv.Result result = parse(HEADER.replace("\r\n", "\n")
                + "Konferens;utbildningsdag;2016-11-30;;;0114;;;;40");
        assertTrue(result.isValid(), messages(result).toString());
        assertEquals(40, result.activities().getFirst().participants());
    }

    @Test
    void everyKindOfBadLineIsReportedWithLineAndColumnAndNothingIsUsable() {
        String longTitle = "x".repeat(201);
        String file = HEADER
                + "BAS;utbildningsdag;2018-03-15;;Anna;1280;;;;\r\n"                    // 2 good
                + "BAS;kurs;2018-03-15;;;1280;;;;2\r\n"                                 // 3 unknown kind
                + "BAS;utbildningsdag;15/3/2018;;;1280;;;;2\r\n"                        // 4 not yyyy-MM-dd
                + "BAS;utbildningsdag;2018-02-30;;;1280;;;;2\r\n"                       // 5 no such day
                + "BAS;utbildningsdag;2025-06-02;;;1280;;;;2\r\n"                       // 6 in the future
                + "BAS;utbildningsdag;1999-12-31;;;1280;;;;2\r\n"                       // 7 too early
                + "BAS;utbildningsdag;2018-03-15;;;9999;;;;2\r\n"                       // 8 unknown municipality
                + "BAS;utbildningsdag;2018-03-15;;;;Okänd förening;;;2\r\n"             // 9 unknown organisation
                + "BAS;utbildningsdag;2018-03-15;;;1280;;brandman;;2\r\n"               // 10 unknown profession
                + "BAS;utbildningsdag;2018-03-15;;;1280;;;rymden;2\r\n"                 // 11 unknown sector
                + "Y;utbildningsdag;2018-03-15;vald-i-nara-relationer|Okänt;;1280;;;;2\r\n" // 12 unknown theme
                + "BAS;utbildningsdag;2018-03-15;;;;;kurator;;2\r\n"                    // 13 no municipality or organisation
                + "BAS;utbildningsdag;2018-03-15;;;1280;;;;tre\r\n"                     // 14 count not a number
                + "BAS;utbildningsdag;2018-03-15;;;1280;;;;0\r\n"                       // 15 count zero
                + "BAS;utbildningsdag;2018-03-15;;;1280;;;;10001\r\n"                   // 16 count too large
                + "BAS;utbildningsdag;2018-03-15;;;1280;;;;\r\n"                        // 17 neither person nor count
                + "BAS;utbildningsdag;2018-03-15;;Bo Ek;1280;;;;2\r\n"                  // 18 a person counted as 2
                + longTitle + ";utbildningsdag;2018-03-15;;;1280;;;;2\r\n"             // 19 title too long
                + ";utbildningsdag;2018-03-15;;;1280;;;;2\r\n"                          // 20 no title
                + "BAS;utbildningsdag;2018-03-15;;;1280;;;2\r\n"                        // 21 nine columns
                + "\"BAS;utbildningsdag;2018-03-15;;;1280;;;;2\r\n"                     // 22 unclosed quote
                + "BAS;utbildningsdag;2018-03-15;; anna ;1280;;;;\r\n"                  // 23 same person as line 2
                + "BAS;utbildningsdag;2018-03-15;vald-i-nara-relationer;;1280;;;;2\r\n" // 24 other themes than line 2
                + "BAS;;;;;1280;;;;2\r\n"                                               // 25 no kind, no date
                + "BAS;utbildningsdag;2018-03-15;;;;Kvinnojouren;;;2\r\n"               // 26 ambiguous organisation
                + "BAS;utbildningsdag;2018-03-15;;;0114;Malmö;;;2\r\n"                  // 27 organisation elsewhere
                + "BAS;utbildningsdag;2018-03-15;;;01x4;;;;2\r\n";                      // 28 malformed code
        HistoricalCsv.Result result = parse(file);
        assertFalse(result.isValid());
        assertEquals(List.of(), result.activities(), "all or nothing: the good line is not usable either");
        assertEquals(List.of(
                "Rad 3, kolumn typ: Okänd typ ”kurs”. Använd en kod eller ett namn ur listan över typer.",
                "Rad 4, kolumn datum: Datumet ”15/3/2018” ska skrivas år-månad-dag, till exempel 2018-03-15.",
                "Rad 5, kolumn datum: Datumet ”2018-02-30” ska skrivas år-månad-dag, till exempel 2018-03-15.",
                "Rad 6, kolumn datum: Datumet 2025-06-02 har inte varit än. Läs bara in aktiviteter som redan har"
                        + " hållits.",
                "Rad 7, kolumn datum: Datumet 1999-12-31 är för tidigt. Det tidigaste datum som går att läsa in är"
                        + " 2000-01-01.",
                "Rad 8, kolumn kommunkod: Okänd kommunkod ”9999”.",
                "Rad 9, kolumn organisation: Okänd organisation ”Okänd förening”. Skriv namnet som i portalens"
                        + " organisationslista.",
                "Rad 10, kolumn yrke: Okänt yrke ”brandman”. Använd en kod eller ett namn ur listan över yrken.",
                "Rad 11, kolumn sektor: Okänd sektor ”rymden”. Använd en kod eller ett namn ur listan över sektorer.",
                "Rad 12, kolumn teman: Okänt tema ”Okänt”. Använd en kod eller ett namn ur listan över teman, och |"
                        + " mellan flera teman.",
                "Rad 13, kolumn kommunkod: Ange kommunkod eller organisation.",
                "Rad 14, kolumn antal: Skriv antalet ”tre” som ett heltal, till exempel 12.",
                "Rad 15, kolumn antal: Skriv ett antal som är minst 1 i stället för ”0”.",
                "Rad 16, kolumn antal: Antalet ”10001” är för stort. En rad får ha högst 10000 deltagare.",
                "Rad 17, kolumn antal: Ange antal, eller namn eller e-postadress i kolumnen deltagare.",
                "Rad 18, kolumn antal: En rad med en deltagare gäller en person. Lämna antal tomt eller skriv 1,"
                        + " inte ”2”.",
                "Rad 19, kolumn titel: Titeln har 201 tecken men får ha högst 200.",
                "Rad 20, kolumn titel: Ange aktivitetens titel.",
                "Rad 21: Raden har 9 kolumner men ska ha 10: " + HistoricalCsv.HEADER + ".",
                "Rad 22: Ett citattecken är inte avslutat.",
                "Rad 23, kolumn deltagare: Deltagaren finns redan på rad 2 för samma aktivitet. En person räknas en"
                        + " gång per aktivitet.",
                "Rad 24, kolumn teman: Teman är inte desamma som på rad 2, som har samma titel, typ och datum och"
                        + " alltså gäller samma aktivitet.",
                "Rad 25, kolumn typ: Ange typ av aktivitet.",
                "Rad 25, kolumn datum: Ange datum.",
                "Rad 26, kolumn organisation: Det finns flera organisationer som heter ”Kvinnojouren”. Ange kommunkod"
                        + " på raden så att det går att avgöra vilken.",
                "Rad 27, kolumn organisation: Organisationen ”Malmö” ligger inte i kommunen med kod ”0114”.",
                "Rad 28, kolumn kommunkod: Kommunkoden ”01x4” ska vara fyra siffror, till exempel 0180."),
                messages(result));
        assertEquals("datum", result.errors().get(1).column());
        assertEquals(4, result.errors().get(1).line());
    }

    @Test
    void theHeaderMustComeFirstWithTheTemplatesColumns() {
        String expected = "Rad 1: Första raden ska vara rubrikraden " + HistoricalCsv.HEADER
                + " (kolumnerna avgränsade med semikolon).";
        assertEquals(List.of(expected), messages(parse("BAS;utbildningsdag;2018-03-15;;;1280;;;;2\r\n")));
        assertEquals(List.of(expected), messages(parse(HEADER.replace(';', ',') + "x\r\n")));
        assertEquals(List.of(expected), messages(parse("kommunkod;organisation;yrke;antal\r\n0180;;kurator;2\r\n")));
    }

    @Test
    void anEmptyFileAndAHeaderWithoutLinesAreRefused() {
        String empty = "Filen är tom. Använd mallen och fyll i en rad per deltagare eller grupp under rubrikraden.";
        assertEquals(List.of(empty), messages(parse("")));
        assertEquals(List.of(empty), messages(parse("\uFEFF\r\n\r\n")));
        assertEquals(0, parse("").errors().getFirst().line(), "the whole file");
        HistoricalCsv.Result template = HistoricalCsv.parse(HistoricalCsv.template(), DIRECTORY, TODAY);
        assertEquals(List.of("Rad 2: Filen har inga rader under rubrikraden."), messages(template),
                "the template is the header line the parser expects");
    }

    @Test
    void aFileNotInUtf8IsRefusedAsAWhole() {
        byte[] latin1 = (HEADER + "Träff;utbildningsdag;2018-03-15;;;;Malmö;;;2\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        HistoricalCsv.Result result = HistoricalCsv.parse(latin1, DIRECTORY, TODAY);
        assertEquals(0, result.errors().getFirst().line());
        assertEquals(List.of("Filen är inte sparad som UTF-8. Spara den i Excel som ”CSV UTF-8” och försök igen."),
                messages(result));
    }

    @Test
    void sizeAndLineLimitsHaveClearMessages() {
        byte[] large = new byte[HistoricalCsv.MAX_BYTES + 1];
        assertEquals(List.of("Filen är för stor. Den får vara högst 5 MB. Dela upp den i flera filer."),
                messages(HistoricalCsv.parse(large, DIRECTORY, TODAY)));
        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i <= HistoricalCsv.MAX_LINES; i++) {
            many.append("Konferens;utbildningsdag;2016-11-30;;;0114;;;;1\r\n");
        }
        assertEquals(List.of("Filen har för många rader. Den får ha högst 20000 rader under rubrikraden. Dela upp den i"
                + " flera filer."), messages(parse(many.toString())));
        String atTheLimit = many.substring(0, many.length() - "Konferens;utbildningsdag;2016-11-30;;;0114;;;;1\r\n".length());
        HistoricalCsv.Result result = parse(atTheLimit);
        assertTrue(result.isValid(), messages(result).toString());
        assertEquals(HistoricalCsv.MAX_LINES, result.lineCount());
    }

    @Test
    void anActivityOnTheDayOfImportIsAccepted() {
        assertTrue(parse(HEADER + "Dagens träff;natverkstraff;2025-06-01;;;0180;;;;5\r\n").isValid());
    }
}

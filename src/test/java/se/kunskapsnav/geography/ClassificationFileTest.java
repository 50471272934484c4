package se.kunskapsnav.geography;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.testsupport.SampleFiles;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of a classification file: what is read, and every problem with its line and Swedish message. */
class ClassificationFileTest {

    private static final Map<String, String> MUNICIPALITIES = new LinkedHashMap<>();

    static {
        MUNICIPALITIES.put("0114", "Upplands Väsby");
        MUNICIPALITIES.put("0180", "Stockholm");
        MUNICIPALITIES.put("2580", "Luleå");
    }

    @Test
    void aCsvFileWithGroupsAndPopulationsAsThePublishedTablesWriteThem() {
        ClassificationFile.Result read = parse("\uFEFFkommunkod;kommun;kommungrupp;folkmängd\r\n"
                + "114;Upplands Väsby;B4;48 123\r\n"
                + "0180;Stockholm;A1 Storstäder;984\u00A0748\r\n"
                + ";;;\r\n"
                + "\"2580\";\"Luleå; kommun\";c6;79000\r\n");

        assertTrue(read.isValid(), read.errors().toString());
        assertTrue(read.hasGroups());
        assertTrue(read.hasPopulation());
        assertEquals(List.of(new ClassificationFile.Line(2, "0114", MunicipalityGroup.B4, 48_123),
                new ClassificationFile.Line(3, "0180", MunicipalityGroup.A1, 984_748),
                new ClassificationFile.Line(5, "2580", MunicipalityGroup.C6, 79_000)), read.lines());
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndNothingIsRead() {
        ClassificationFile.Result read = parse("kommunkod;kommungrupp;folkmängd\n"
                + "9999;A1;100\n"
                + "0114;A3;100\n"
                + "0180;A1;-5\n"
                + "2580;C8;tio\n"
                + "0114;B4;100\n"
                + "01x4;;\n");

        assertFalse(read.isValid());
        assertTrue(read.lines().isEmpty());
        assertEquals(List.of(
                "Rad 2: Okänd kommunkod ”9999”.",
                "Rad 3: Okänd kommungrupp ”A3”. Använd A1, A2, B3, B4, B5, C6, C7, C8 eller C9.",
                "Rad 4: Folkmängden ”-5” får inte vara negativ.",
                "Rad 5: Skriv folkmängden ”tio” som ett heltal, till exempel 10482.",
                "Rad 6: Kommunen med kod 0114 finns redan på rad 3.",
                "Rad 7: Kommunkoden ”01x4” ska vara fyra siffror, till exempel 0180.",
                "Rad 7: Ange kommungrupp.",
                "Rad 7: Ange folkmängd."), messages(read));
    }

    @Test
    void aMunicipalityMissingFromTheFileIsAnError() {
        ClassificationFile.Result read = parse("kommunkod,kommungrupp\n0114,B4\n0180,A1\n");

        assertEquals(List.of("Luleå (2580) saknas i filen. Filen ska ha en rad för varje kommun."), messages(read));
    }

    @Test
    void aFileNeedsTheCodeAndAGroupOrPopulationColumn() {
        assertEquals(List.of("Filen har ingen rubrikrad med kolumnen kommunkod. Använd mallen."),
                messages(parse("kod;grupp\n0114;B4\n")));
        assertEquals(List.of("Rad 1: Rubrikraden har varken kolumnen kommungrupp eller kolumnen folkmängd. Filen ska "
                + "ha minst en av dem."), messages(parse("kommunkod;kommun\n0114;Upplands Väsby\n")));
        assertEquals(List.of("Filen är inte sparad som UTF-8. Spara den i Excel som ”CSV UTF-8” eller som XLSX och "
                        + "försök igen."),
                messages(ClassificationFile.parse(new byte[] {'k', (byte) 0xE4, ';'}, MUNICIPALITIES)));
        assertEquals(List.of("Filen går inte att läsa som en Excel-fil (XLSX). Spara den som XLSX eller som ”CSV UTF-8”"
                        + " och försök igen."),
                messages(ClassificationFile.parse(new byte[] {'P', 'K', 3, 4, 0, 0}, MUNICIPALITIES)));
    }

    @Test
    void anXlsxSheetWithATitleAboveTheHeaderAndCodesAsNumbers() {
        byte[] xlsx = SampleFiles.xlsx(List.of(List.of("Folkmängd i riket, län och kommuner 31 december 2024"),
                List.of(), List.of("Kommunkod", "Kommun", "Folkmängd 2024"),
                List.of(114, "Upplands Väsby", 48_123), List.of("0180", "Stockholm", 984_748),
                List.of(2580, "Luleå", -3)));

        ClassificationFile.Result read = ClassificationFile.parse(xlsx, MUNICIPALITIES);

        assertFalse(read.hasGroups());
        assertTrue(read.hasPopulation());
        assertEquals(List.of("Rad 6: Folkmängden ”-3” får inte vara negativ."), messages(read),
                "rows are numbered as the spreadsheet shows them");
    }

    @Test
    void theTemplateListsEveryMunicipality() {
        assertEquals("\uFEFFkommunkod;kommun;kommungrupp;folkmängd\r\n0114;Upplands Väsby;;\r\n0180;Stockholm;;\r\n"
                        + "2580;Luleå;;\r\n",
                new String(ClassificationFile.template(MUNICIPALITIES), StandardCharsets.UTF_8));
    }

    private static ClassificationFile.Result parse(String csv) {
        return ClassificationFile.parse(csv.getBytes(StandardCharsets.UTF_8), MUNICIPALITIES);
    }

    private static List<String> messages(ClassificationFile.Result read) {
        return read.errors().stream().map(ClassificationError::message).toList();
    }
}

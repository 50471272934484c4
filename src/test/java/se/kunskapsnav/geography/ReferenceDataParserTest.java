package se.kunskapsnav.geography;

import se.kunskapsnav.platform.ContentFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceDataParserTest {

    private static final String COUNTIES = """
            county_code,letter_code,name,short_name
            01,AB,Stockholms län,Stockholm
            09,I,Gotlands län,Gotland
            """;
    private static final String REGIONS = """
            region_code,name,county_code,municipality_code
            01,Region Stockholm,01,
            09,Region Gotland,09,0980
            """;
    private static final String MUNICIPALITIES = """
            municipality_code,name,county_code,skr_group,population
            0114,Upplands Väsby,01,B4,
            0180,Stockholm,01,A1,988943
            0980,Gotland,09,,
            """;

    @Test
    void validFilesGiveCountiesRegionsAndMunicipalities() {
        ReferenceData data = parse(COUNTIES, REGIONS, MUNICIPALITIES);

        assertEquals(2, data.counties().size());
        assertEquals(3, data.municipalities().size());
        MunicipalityRow stockholm = data.municipalities().get(1);
        assertEquals(new MunicipalityRow("0180", "Stockholm", "01", MunicipalityGroup.A1, 988943), stockholm);
        assertEquals(new MunicipalityRow("0980", "Gotland", "09", null, null), data.municipalities().get(2));
        assertEquals("0980", data.regions().get(1).municipalityCode());
        assertEquals(null, data.regions().get(0).municipalityCode());
    }

    @Test
    void theRepositoryFilesDescribeSweden() throws IOException {
        Path reference = Path.of("content", "reference");
        ReferenceData data = ReferenceDataParser.parse(
                read(reference, "counties.csv"), read(reference, "regions.csv"), read(reference, "municipalities.csv"));

        assertEquals(21, data.counties().size());
        assertEquals(21, data.regions().size());
        assertEquals(290, data.municipalities().size());
        Map<String, Long> perCounty = data.municipalities().stream()
                .collect(Collectors.groupingBy(MunicipalityRow::countyCode, Collectors.counting()));
        assertEquals(26L, perCounty.get("01"));
        assertEquals(49L, perCounty.get("14"));
        assertEquals(1L, perCounty.get("09"));
    }

    @Test
    void wrongColumnCountNamesFileAndLine() {
        ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> parse(COUNTIES, REGIONS, """
                municipality_code,name,county_code,skr_group,population
                0114,Upplands Väsby,01,,
                0180,Stockholm,01
                """));
        assertEquals("municipalities.csv:3: expected 5 columns but found 3", e.problems().getFirst());
    }

    @Test
    void municipalityCodeMustBelongToItsCounty() {
        ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> parse(COUNTIES, REGIONS, """
                municipality_code,name,county_code,skr_group,population
                0980,Gotland,09,,
                0181,Södertälje,09,,
                """));
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().getFirst().startsWith("municipalities.csv:3: municipality code 0181 does not belong to county 09"),
                e.problems().getFirst());
    }

    @Test
    void duplicateMunicipalityCodeIsRefused() {
        ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> parse(COUNTIES, REGIONS, """
                municipality_code,name,county_code,skr_group,population
                0980,Gotland,09,,
                0114,Upplands Väsby,01,,
                0114,Vallentuna,01,,
                """));
        assertEquals("municipalities.csv:4: duplicate municipality code 0114", e.problems().getFirst());
    }

    @Test
    void duplicateCountyCodeIsRefused() {
        ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> parse("""
                county_code,letter_code,name,short_name
                01,AB,Stockholms län,Stockholm
                09,I,Gotlands län,Gotland
                01,C,Uppsala län,Uppsala
                """, REGIONS, MUNICIPALITIES));
        assertEquals("counties.csv:4: duplicate county code 01", e.problems().getFirst());
    }

    @Test
    void unknownCountyAndBadValuesAreAllReported() {
        ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> parse(COUNTIES, REGIONS, """
                municipality_code,name,county_code,skr_group,population
                0980,Gotland,09,,
                0114,Upplands Väsby,01,D1,
                0180,Stockholm,01,,-5
                0381,Enköping,03,,
                """));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).startsWith("municipalities.csv:3: unknown SKR municipality group 'D1'"));
        assertTrue(e.problems().get(1).startsWith("municipalities.csv:4: population '-5'"));
        assertEquals("municipalities.csv:5: unknown county code '03'", e.problems().get(2));
        assertTrue(e.getMessage().contains("municipalities.csv:5"), "the exception message lists every problem");
    }

    @Test
    void everyCountyNeedsExactlyOneRegion() {
        ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> parse(COUNTIES, """
                region_code,name,county_code,municipality_code
                01,Region Stockholm,01,
                02,Region Stockholm igen,01,
                """, MUNICIPALITIES));
        assertEquals("regions.csv:3: county 01 already has region 01", e.problems().get(0));
        assertEquals("regions.csv: county 09 has no region", e.problems().get(1));
    }

    @Test
    void regionMunicipalityMustExistInTheSameCounty() {
        ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> parse(COUNTIES, """
                region_code,name,county_code,municipality_code
                01,Region Stockholm,01,0980
                09,Region Gotland,09,0999
                """, MUNICIPALITIES));
        assertEquals("regions.csv:2: municipality 0980 is not in county 01", e.problems().get(0));
        assertEquals("regions.csv:3: unknown municipality code '0999'", e.problems().get(1));
    }

    @Test
    void wrongHeaderIsRefused() {
        ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> parse(
                "code;letter;name\n01;AB;Stockholms län\n", REGIONS, MUNICIPALITIES));
        assertTrue(e.problems().getFirst().startsWith("counties.csv:1: header must be"), e.getMessage());
    }

    private static ReferenceData parse(String counties, String regions, String municipalities) {
        return ReferenceDataParser.parse(new ContentFile("counties.csv", counties),
                new ContentFile("regions.csv", regions), new ContentFile("municipalities.csv", municipalities));
    }

    private static ContentFile read(Path directory, String name) throws IOException {
        return new ContentFile(name, Files.readString(directory.resolve(name), StandardCharsets.UTF_8));
    }
}

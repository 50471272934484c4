package se.kunskapsnav.reach;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.geography.MunicipalityClassification;
import se.kunskapsnav.geography.MunicipalityGroup;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coverage arithmetic on hand-counted municipalities: reached, in the group or band, and the share. */
class CoverageTest {

    private static final MunicipalityClassification CLASSIFICATION = new MunicipalityClassification(2018,
            Map.of("0114", MunicipalityGroup.A2, "0115", MunicipalityGroup.A2, "0117", MunicipalityGroup.A2,
                    "0180", MunicipalityGroup.A1, "2580", MunicipalityGroup.B3),
            2017, Map.of("0114", 14_999, "0115", 15_000, "0117", 29_999, "0180", 984_748, "2580", 79_000));

    @Test
    void perGroupAndBandTheMunicipalitiesReachedOfThoseInIt() {
        Coverage coverage = Coverage.of(2018, CLASSIFICATION, code -> true, Set.of("0114", "0180", "9999"));

        assertEquals(List.of(new Coverage.Row("A1", "A1 Storstäder", 1, 1, 100),
                new Coverage.Row("A2", "A2 Pendlingskommun nära storstad", 1, 3, 33),
                new Coverage.Row("B3", "B3 Större stad", 0, 1, 0)), coverage.groups());
        assertEquals(List.of(new Coverage.Row("UP_TO_15000", "0–15 000 invånare", 1, 1, 100),
                new Coverage.Row("UP_TO_30000", "15 000–30 000 invånare", 0, 2, 0),
                new Coverage.Row("UP_TO_200000", "70 000–200 000 invånare", 0, 1, 0),
                new Coverage.Row("OVER_200000", "Över 200 000 invånare", 1, 1, 100)), coverage.bands());
        assertEquals("SKR:s kommungruppsindelning 2018", coverage.groupNotice());
        assertEquals("SCB:s folkmängd 2017, den senaste som finns för 2018", coverage.populationNotice());
    }

    @Test
    void onlyTheScopesMunicipalitiesCount() {
        Coverage coverage = Coverage.of(2018, CLASSIFICATION, code -> code.startsWith("01"), Set.of("0114", "2580"));

        assertEquals(List.of("A1", "A2"), coverage.groups().stream().map(Coverage.Row::key).toList());
        assertEquals(new Coverage.Row("A2", "A2 Pendlingskommun nära storstad", 1, 3, 33), coverage.groups().get(1));
    }

    @Test
    void withoutAnImportedClassificationThereAreNoRowsAndANotice() {
        Coverage coverage = Coverage.of(2018, MunicipalityClassification.NONE, code -> true, Set.of("0114"));

        assertTrue(coverage.groups().isEmpty());
        assertTrue(coverage.bands().isEmpty());
        assertEquals("Ingen kommungruppsindelning är inläst för 2018 eller tidigare år", coverage.groupNotice());
        assertEquals("Ingen folkmängd är inläst för 2018 eller tidigare år", coverage.populationNotice());
    }
}

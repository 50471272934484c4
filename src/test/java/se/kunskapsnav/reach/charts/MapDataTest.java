package se.kunskapsnav.reach.charts;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed map files in {@code content/map/} against the reference data. */
class MapDataTest {

    private static final Path CONTENT = Path.of("content");

    @Test
    void boundariesHaveEveryMunicipalityOfTheReferenceDataAndNothingElse() throws IOException {
        Set<String> drawn = new TreeSet<>();
        MapGeometry.boundaries().municipalities().forEach(m -> drawn.add(m.code()));
        assertEquals(codes("reference/municipalities.csv", ","), drawn);
        assertEquals(290, drawn.size());
        String geoJson = Files.readString(CONTENT.resolve("map/municipalities.geojson"), StandardCharsets.UTF_8);
        assertEquals(290, MunicipalityShapes.project(geoJson, 100).paths().size(), "no feature is left unused");
    }

    @Test
    void countyMapHasEveryCountyOfTheReferenceDataAndNothingElse() throws IOException {
        assertEquals(codes("reference/counties.csv", ","), codes("map/counties.txt", ";"));
    }

    @Test
    void mapFilesAreSmall() throws IOException {
        assertTrue(Files.size(CONTENT.resolve("map/counties.txt")) < 400_000);
        assertTrue(Files.size(CONTENT.resolve("map/municipalities.geojson")) < 1_000_000);
    }

    private static Set<String> codes(String file, String separator) throws IOException {
        List<String> lines = Files.readAllLines(CONTENT.resolve(file), StandardCharsets.UTF_8);
        Set<String> codes = new TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank() && !line.startsWith("#")) {
                codes.add(line.substring(0, line.indexOf(separator)));
            }
        }
        return codes;
    }
}

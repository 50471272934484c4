package se.kunskapsnav.reach.charts;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed map files in {@code content/map/} against the reference data. */
class MapDataTest {

    private static final Path CONTENT = Path.of("content");

    @Test
    void tileMapHasEveryMunicipalityOfTheReferenceDataAndNothingElse() throws IOException {
        assertEquals(codes("reference/municipalities.csv", ","), codes("map/municipality-tiles.txt", ";"));
        assertEquals(290, codes("map/municipality-tiles.txt", ";").size());
    }

    @Test
    void countyMapHasEveryCountyOfTheReferenceDataAndNothingElse() throws IOException {
        assertEquals(codes("reference/counties.csv", ","), codes("map/counties.txt", ";"));
    }

    @Test
    void noTwoMunicipalitiesShareATile() {
        Set<String> cells = new HashSet<>();
        for (MapGeometry.Tile tile : MapGeometry.packaged().tiles()) {
            assertTrue(cells.add(tile.column() + "," + tile.row()), tile.name() + " is on another municipality's tile");
        }
    }

    @Test
    void eachCountysTilesFormOneBlock() {
        Map<String, String> countyAt = new HashMap<>();
        for (MapGeometry.Tile tile : MapGeometry.packaged().tiles()) {
            countyAt.put(tile.column() + "," + tile.row(), tile.countyCode());
        }
        for (MapGeometry.Tile tile : MapGeometry.packaged().tiles()) {
            boolean alone = MapGeometry.packaged().tiles().stream()
                    .filter(t -> t.countyCode().equals(tile.countyCode())).count() == 1;
            boolean touchesItsCounty = List.of((tile.column() - 1) + "," + tile.row(),
                            (tile.column() + 1) + "," + tile.row(), tile.column() + "," + (tile.row() - 1),
                            tile.column() + "," + (tile.row() + 1)).stream()
                    .anyMatch(cell -> tile.countyCode().equals(countyAt.get(cell)));
            assertTrue(alone || touchesItsCounty, tile.name() + " stands apart from its county");
        }
    }

    @Test
    void mapFilesAreSmall() throws IOException {
        long size = Files.size(CONTENT.resolve("map/counties.txt"))
                + Files.size(CONTENT.resolve("map/municipality-tiles.txt"));
        assertTrue(size < 400_000, size + " bytes");
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

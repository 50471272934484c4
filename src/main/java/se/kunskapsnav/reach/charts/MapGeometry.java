package se.kunskapsnav.reach.charts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shapes the maps are drawn from: the county outlines ({@code content/map/counties.txt}), one tile per
 * municipality ({@code content/map/municipality-tiles.txt}) and the names from the reference data. How the map
 * files were made is in {@code content/map/README.md}.
 */
final class MapGeometry {

    /** A county: its outline as an SVG path of whole numbers, in the file's own units. */
    record County(String code, String name, String path) {
    }

    /** A municipality's square on the tile grid. */
    record Tile(String code, String name, String countyCode, int column, int row) {
    }

    private static volatile MapGeometry packaged;

    private final Map<String, County> counties;
    private final Map<String, Tile> tiles;

    private MapGeometry(Map<String, County> counties, Map<String, Tile> tiles) {
        this.counties = counties;
        this.tiles = tiles;
    }

    /** The map files and reference data packaged with the application (read once). */
    static MapGeometry packaged() {
        MapGeometry geometry = packaged;
        if (geometry == null) {
            geometry = parse(resource("map/counties.txt"), resource("map/municipality-tiles.txt"),
                    resource("reference/counties.csv"), resource("reference/municipalities.csv"));
            packaged = geometry;
        }
        return geometry;
    }

    static MapGeometry parse(String countyPaths, String municipalityTiles, String countiesCsv,
                             String municipalitiesCsv) {
        Map<String, String> countyNames = new LinkedHashMap<>();
        for (String[] cells : csv(countiesCsv)) {
            countyNames.put(cells[0], cells[3]);
        }
        Map<String, String[]> municipalities = new LinkedHashMap<>();
        for (String[] cells : csv(municipalitiesCsv)) {
            municipalities.put(cells[0], cells);
        }
        Map<String, County> counties = new LinkedHashMap<>();
        for (String[] cells : lines(countyPaths, 2)) {
            String name = countyNames.get(cells[0]);
            if (name == null) {
                throw new IllegalStateException("The county map has an unknown county " + cells[0]);
            }
            counties.put(cells[0], new County(cells[0], name, cells[1]));
        }
        Map<String, Tile> tiles = new LinkedHashMap<>();
        for (String[] cells : lines(municipalityTiles, 3)) {
            String[] municipality = municipalities.get(cells[0]);
            if (municipality == null) {
                throw new IllegalStateException("The tile map has an unknown municipality " + cells[0]);
            }
            tiles.put(cells[0], new Tile(cells[0], municipality[1], municipality[2],
                    Integer.parseInt(cells[1]), Integer.parseInt(cells[2])));
        }
        return new MapGeometry(counties, tiles);
    }

    Collection<County> counties() {
        return counties.values();
    }

    Collection<Tile> tiles() {
        return tiles.values();
    }

    String countyName(String code) {
        County county = counties.get(code);
        return county == null ? code : county.name();
    }

    /** The lines of a map file that are not comments, split at semicolons into {@code cells} cells. */
    private static List<String[]> lines(String text, int cells) {
        return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> {
                    String[] split = line.split(";", -1);
                    if (split.length != cells) {
                        throw new IllegalStateException("A map file line needs " + cells + " parts: " + line);
                    }
                    return split;
                }).toList();
    }

    private static List<String[]> csv(String text) {
        return text.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
    }

    private static String resource(String path) {
        try (InputStream in = MapGeometry.class.getClassLoader().getResourceAsStream("content/" + path)) {
            if (in == null) {
                throw new IllegalStateException("Content file missing from the application: content/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read content/" + path, e);
        }
    }
}

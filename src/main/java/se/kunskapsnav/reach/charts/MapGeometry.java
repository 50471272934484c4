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
 * The shapes the maps are drawn from: the county outlines ({@code content/map/counties.txt}), the
 * municipalities' boundaries ({@code content/map/municipalities.geojson}) and the names from the reference data.
 * Where the map files come from is in {@code content/map/README.md}.
 */
final class MapGeometry {

    /** A county: its outline as an SVG path of whole numbers, in the file's own units. */
    record County(String code, String name, String path) {
    }

    /** A municipality of the reference data. */
    record Place(String code, String name, String countyCode) {
    }

    /** A municipality's boundary as an SVG path in the pixels of its {@link Boundaries}. */
    record Municipality(String code, String name, String countyCode, String path) {
    }

    /** Every municipality's boundary, projected to a drawing {@code width} by {@code height} pixels. */
    record Boundaries(double width, double height, List<Municipality> municipalities) {
    }

    /** How tall the municipality map is drawn, in pixels; its width follows from Sweden's shape. */
    static final double BOUNDARIES_HEIGHT = 760;

    private static volatile MapGeometry packaged;
    private static volatile Boundaries boundaries;

    private final Map<String, County> counties;
    private final Map<String, Place> places;

    private MapGeometry(Map<String, County> counties, Map<String, Place> places) {
        this.counties = counties;
        this.places = places;
    }

    /** The map files and reference data packaged with the application (read once). */
    static MapGeometry packaged() {
        MapGeometry geometry = packaged;
        if (geometry == null) {
            geometry = parse(resource("map/counties.txt"), resource("reference/counties.csv"),
                    resource("reference/municipalities.csv"));
            packaged = geometry;
        }
        return geometry;
    }

    /**
     * The municipalities' boundaries, projected and simplified once per JVM from the packaged GeoJSON (derived
     * from static data, so each instance of a cluster may make its own), in the reference data's code order.
     */
    static Boundaries boundaries() {
        Boundaries drawn = boundaries;
        if (drawn == null) {
            MunicipalityShapes.Drawing drawing = MunicipalityShapes.project(resource("map/municipalities.geojson"),
                    BOUNDARIES_HEIGHT);
            List<Municipality> municipalities = packaged().places().stream()
                    .map(place -> new Municipality(place.code(), place.name(), place.countyCode(),
                            drawing.paths().get(place.code())))
                    .filter(municipality -> municipality.path() != null)
                    .toList();
            drawn = new Boundaries(drawing.width(), drawing.height(), municipalities);
            boundaries = drawn;
        }
        return drawn;
    }

    static MapGeometry parse(String countyPaths, String countiesCsv, String municipalitiesCsv) {
        Map<String, String> countyNames = new LinkedHashMap<>();
        for (String[] cells : csv(countiesCsv)) {
            countyNames.put(cells[0], cells[3]);
        }
        Map<String, Place> places = new LinkedHashMap<>();
        for (String[] cells : csv(municipalitiesCsv)) {
            places.put(cells[0], new Place(cells[0], cells[1], cells[2]));
        }
        Map<String, County> counties = new LinkedHashMap<>();
        for (String[] cells : lines(countyPaths, 2)) {
            String name = countyNames.get(cells[0]);
            if (name == null) {
                throw new IllegalStateException("The county map has an unknown county " + cells[0]);
            }
            counties.put(cells[0], new County(cells[0], name, cells[1]));
        }
        return new MapGeometry(counties, places);
    }

    Collection<County> counties() {
        return counties.values();
    }

    Collection<Place> places() {
        return places.values();
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

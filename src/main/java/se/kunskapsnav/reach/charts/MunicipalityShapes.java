package se.kunskapsnav.reach.charts;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The municipalities' boundaries (GeoJSON in WGS84 longitude and latitude, {@code content/map/municipalities.geojson})
 * as SVG paths in pixels, north up: an equirectangular projection with longitudes shrunk by cos 62° (Sweden's
 * middle latitude), which keeps shapes close to true across the country, then Douglas–Peucker simplification
 * to a fraction of a pixel, so that the page carries only points a reader could see.
 */
final class MunicipalityShapes {

    /** The middle latitude of Sweden, where the projection is true to shape. */
    private static final double COS_MIDDLE = Math.cos(Math.toRadians(62));
    /** How far (pixels) a simplified outline may stray from the true one. */
    static final double TOLERANCE = 0.75;
    /** Islands smaller than this (pixels across) are left out; a municipality keeps its largest part always. */
    private static final double SMALLEST_PART = 1.5;

    /** The drawing: its size in pixels and each municipality's path by code. */
    record Drawing(double width, double height, Map<String, String> paths) {
    }

    private MunicipalityShapes() {
    }

    /** Projects the GeoJSON's features ({@code properties.id} the municipality code) to a drawing this tall. */
    static Drawing project(String geoJson, double height) {
        Map<String, List<List<double[]>>> parts = new LinkedHashMap<>();
        double[] bounds = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        try (JsonReader reader = Json.createReader(new StringReader(geoJson))) {
            for (JsonValue value : reader.readObject().getJsonArray("features")) {
                JsonObject feature = value.asJsonObject();
                List<List<double[]>> rings = new ArrayList<>();
                JsonObject geometry = feature.getJsonObject("geometry");
                JsonArray coordinates = geometry.getJsonArray("coordinates");
                List<JsonArray> polygons = "MultiPolygon".equals(geometry.getString("type"))
                        ? coordinates.getValuesAs(JsonArray.class) : List.of(coordinates);
                for (JsonArray polygon : polygons) {
                    for (JsonArray ring : polygon.getValuesAs(JsonArray.class)) {
                        List<double[]> points = new ArrayList<>();
                        for (JsonArray position : ring.getValuesAs(JsonArray.class)) {
                            double x = position.getJsonNumber(0).doubleValue() * COS_MIDDLE;
                            double y = -position.getJsonNumber(1).doubleValue();
                            points.add(new double[] {x, y});
                            bounds[0] = Math.min(bounds[0], x);
                            bounds[1] = Math.min(bounds[1], y);
                            bounds[2] = Math.max(bounds[2], x);
                            bounds[3] = Math.max(bounds[3], y);
                        }
                        rings.add(points);
                    }
                }
                parts.put(feature.getJsonObject("properties").getString("id"), rings);
            }
        }
        double scale = height / (bounds[3] - bounds[1]);
        Map<String, String> paths = new LinkedHashMap<>();
        for (Map.Entry<String, List<List<double[]>>> municipality : parts.entrySet()) {
            List<List<double[]>> rings = new ArrayList<>();
            for (List<double[]> ring : municipality.getValue()) {
                List<double[]> pixels = ring.stream()
                        .map(p -> new double[] {(p[0] - bounds[0]) * scale, (p[1] - bounds[1]) * scale}).toList();
                rings.add(simplified(pixels, TOLERANCE));
            }
            paths.put(municipality.getKey(), path(visible(rings)));
        }
        return new Drawing(Math.ceil((bounds[2] - bounds[0]) * scale), height, paths);
    }

    /** The rings large enough to see, and always the largest. */
    private static List<List<double[]>> visible(List<List<double[]>> rings) {
        List<double[]> largest = rings.stream().max((a, b) -> Double.compare(extent(a), extent(b))).orElseThrow();
        return rings.stream().filter(ring -> ring == largest || extent(ring) >= SMALLEST_PART && ring.size() >= 3)
                .toList();
    }

    private static double extent(List<double[]> ring) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : ring) {
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        return Math.max(maxX - minX, maxY - minY);
    }

    /** {@code M x yL x y…Z} per ring, as {@link ReachMap#rings} reads it, to a tenth of a pixel. */
    private static String path(List<List<double[]>> rings) {
        StringBuilder d = new StringBuilder();
        for (List<double[]> ring : rings) {
            String previous = null;
            d.append('M');
            boolean first = true;
            for (double[] p : ring) {
                String point = tenth(p[0]) + " " + tenth(p[1]);
                if (!point.equals(previous)) {
                    d.append(first ? "" : "L").append(point);
                    first = false;
                }
                previous = point;
            }
            d.append('Z');
        }
        return d.toString();
    }

    private static String tenth(double value) {
        return Svg.number(Math.round(value * 10) / 10.0);
    }

    /** Douglas–Peucker: the fewest of the ring's points that keep it within {@code tolerance} of itself. */
    static List<double[]> simplified(List<double[]> points, double tolerance) {
        if (points.size() < 4) {
            return points;
        }
        boolean[] keep = new boolean[points.size()];
        keep[0] = true;
        keep[points.size() - 1] = true;
        // a closed ring starts and ends at the same point: split it at its farthest point first
        int farthest = 0;
        double most = -1;
        for (int i = 1; i < points.size() - 1; i++) {
            double d = Math.hypot(points.get(i)[0] - points.get(0)[0], points.get(i)[1] - points.get(0)[1]);
            if (d > most) {
                most = d;
                farthest = i;
            }
        }
        keep[farthest] = true;
        mark(points, 0, farthest, tolerance, keep);
        mark(points, farthest, points.size() - 1, tolerance, keep);
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (keep[i]) {
                kept.add(points.get(i));
            }
        }
        return kept;
    }

    private static void mark(List<double[]> points, int from, int to, double tolerance, boolean[] keep) {
        if (to - from < 2) {
            return;
        }
        double[] a = points.get(from);
        double[] b = points.get(to);
        int farthest = -1;
        double most = tolerance;
        for (int i = from + 1; i < to; i++) {
            double d = distance(points.get(i), a, b);
            if (d > most) {
                most = d;
                farthest = i;
            }
        }
        if (farthest >= 0) {
            keep[farthest] = true;
            mark(points, from, farthest, tolerance, keep);
            mark(points, farthest, to, tolerance, keep);
        }
    }

    /** The distance from {@code p} to the segment from {@code a} to {@code b}. */
    private static double distance(double[] p, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length));
        return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
    }
}

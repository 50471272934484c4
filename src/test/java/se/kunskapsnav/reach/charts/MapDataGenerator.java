package se.kunskapsnav.reach.charts;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the two map files in {@code content/map/} (see {@code content/map/README.md}):
 * <ul>
 * <li>{@code counties.txt}: the 21 county outlines from the npm package {@code @svg-maps/sweden} (CC BY 4.0),
 * scaled to whole numbers and simplified;</li>
 * <li>{@code municipality-tiles.txt}: one square per municipality, in county blocks placed by hand below
 * ({@link #BLOCKS}), the municipalities of a block in code order.</li>
 * </ul>
 * Uses only the JDK, so it runs as a single source file from the repository's root:
 * <pre>
 * npm pack @svg-maps/sweden@1.0.1 --pack-destination /tmp &amp;&amp; tar xzf /tmp/svg-maps-sweden-1.0.1.tgz -C /tmp
 * $JAVA_HOME/bin/java src/test/java/se/kunskapsnav/reach/charts/MapDataGenerator.java /tmp/package/sweden.svg
 * </pre>
 */
public final class MapDataGenerator {

    /** The package's drawing is 346 × 793; doubled, whole numbers keep enough detail. */
    private static final double SCALE = 2;
    /** Douglas–Peucker tolerance in output units. */
    private static final double TOLERANCE = 0.5;

    /**
     * Where each county's block of tiles stands: first column, first row, and how many tiles wide. Placed by
     * hand so the blocks lie roughly where the counties lie (north at the top), one empty tile between blocks.
     */
    static final Map<String, int[]> BLOCKS = new LinkedHashMap<>();

    static {
        BLOCKS.put("25", new int[] {12, 0, 4});  // Norrbotten
        BLOCKS.put("24", new int[] {7, 3, 4});   // Västerbotten
        BLOCKS.put("23", new int[] {3, 8, 3});   // Jämtland
        BLOCKS.put("22", new int[] {8, 9, 4});   // Västernorrland
        BLOCKS.put("21", new int[] {8, 13, 4});  // Gävleborg
        BLOCKS.put("20", new int[] {3, 12, 4});  // Dalarna
        BLOCKS.put("17", new int[] {0, 17, 4});  // Värmland
        BLOCKS.put("18", new int[] {5, 18, 3});  // Örebro
        BLOCKS.put("19", new int[] {9, 17, 3});  // Västmanland
        BLOCKS.put("03", new int[] {13, 16, 3}); // Uppsala
        BLOCKS.put("01", new int[] {13, 20, 5}); // Stockholm
        BLOCKS.put("04", new int[] {9, 22, 3});  // Södermanland
        BLOCKS.put("14", new int[] {0, 23, 7});  // Västra Götaland
        BLOCKS.put("05", new int[] {8, 26, 4});  // Östergötland
        BLOCKS.put("13", new int[] {3, 31, 2});  // Halland
        BLOCKS.put("06", new int[] {6, 31, 4});  // Jönköping
        BLOCKS.put("08", new int[] {11, 31, 3}); // Kalmar
        BLOCKS.put("09", new int[] {16, 30, 1}); // Gotland
        BLOCKS.put("07", new int[] {7, 36, 3});  // Kronoberg
        BLOCKS.put("10", new int[] {11, 36, 3}); // Blekinge
        BLOCKS.put("12", new int[] {1, 35, 5});  // Skåne
    }

    private MapDataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("Usage: java MapDataGenerator.java <path to sweden.svg of @svg-maps/sweden>");
            System.exit(2);
        }
        Path root = Path.of("content");
        Map<String, String> countyByShortName = new LinkedHashMap<>();
        for (String line : dataLines(root.resolve("reference/counties.csv"))) {
            String[] cells = line.split(",", -1);
            countyByShortName.put(cells[3], cells[0]);
        }
        writeCounties(Path.of(args[0]), countyByShortName, root.resolve("map/counties.txt"));
        writeTiles(root.resolve("reference/municipalities.csv"), root.resolve("map/municipality-tiles.txt"));
    }

    private static void writeCounties(Path svg, Map<String, String> countyByShortName, Path out) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(svg.toFile());
        NodeList paths = document.getElementsByTagName("path");
        Map<String, String> lines = new TreeMap<>();
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            String code = countyByShortName.get(path.getAttribute("name"));
            if (code == null) {
                throw new IllegalStateException("No county named " + path.getAttribute("name"));
            }
            StringBuilder d = new StringBuilder();
            for (List<double[]> ring : rings(path.getAttribute("d"))) {
                List<int[]> points = rounded(simplified(ring));
                if (points.size() < 3) {
                    continue;
                }
                for (int p = 0; p < points.size(); p++) {
                    d.append(p == 0 ? "M" : "L").append(points.get(p)[0]).append(' ').append(points.get(p)[1]);
                }
                d.append('Z');
            }
            lines.put(code, code + ";" + d);
        }
        if (lines.size() != countyByShortName.size()) {
            throw new IllegalStateException("Expected " + countyByShortName.size() + " counties, found " + lines.size());
        }
        List<String> text = new ArrayList<>();
        text.add("# county_code;svg path (generated by MapDataGenerator from @svg-maps/sweden 1.0.1, CC BY 4.0; see README.md)");
        text.addAll(lines.values());
        Files.write(out, text, StandardCharsets.UTF_8);
        System.out.println("Wrote " + out + " (" + Files.size(out) + " bytes)");
    }

    private static void writeTiles(Path municipalitiesCsv, Path out) throws IOException {
        Map<String, Integer> placed = new LinkedHashMap<>();
        List<String> text = new ArrayList<>();
        text.add("# municipality_code;column;row (generated by MapDataGenerator: county blocks placed by hand, code order within a block)");
        for (String line : dataLines(municipalitiesCsv)) {
            String[] cells = line.split(",", -1);
            int[] block = BLOCKS.get(cells[2]);
            if (block == null) {
                throw new IllegalStateException("No block for county " + cells[2]);
            }
            int index = placed.merge(cells[2], 1, Integer::sum) - 1;
            text.add(cells[0] + ";" + (block[0] + index % block[2]) + ";" + (block[1] + index / block[2]));
        }
        Files.write(out, text, StandardCharsets.UTF_8);
        System.out.println("Wrote " + out + " (" + (text.size() - 1) + " municipalities)");
    }

    private static List<String> dataLines(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().filter(line -> !line.isBlank()).toList();
    }

    /** The closed rings of a path that uses only moveto, lineto and closepath (all the package uses). */
    static List<List<double[]>> rings(String d) {
        List<List<double[]>> rings = new ArrayList<>();
        List<double[]> ring = null;
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        char command = 0;
        String[] tokens = d.trim().replaceAll("([a-zA-Z])", " $1 ").replace(',', ' ').trim().split("\\s+");
        int i = 0;
        while (i < tokens.length) {
            String token = tokens[i];
            if (Character.isLetter(token.charAt(0))) {
                command = token.charAt(0);
                i++;
                if (command == 'z' || command == 'Z') {
                    x = startX;
                    y = startY;
                    ring = null;
                    continue;
                }
            }
            boolean relative = Character.isLowerCase(command);
            switch (Character.toLowerCase(command)) {
                case 'm', 'l' -> {
                    double nx = Double.parseDouble(tokens[i++]);
                    double ny = Double.parseDouble(tokens[i++]);
                    x = relative ? x + nx : nx;
                    y = relative ? y + ny : ny;
                    if (Character.toLowerCase(command) == 'm') {
                        ring = new ArrayList<>();
                        rings.add(ring);
                        startX = x;
                        startY = y;
                        command = relative ? 'l' : 'L';
                    }
                }
                default -> throw new IllegalArgumentException("Path command " + command + " is not handled");
            }
            if (ring == null) {
                throw new IllegalArgumentException("A path must start with a moveto");
            }
            ring.add(new double[] {x * SCALE, y * SCALE});
        }
        return rings;
    }

    /** Douglas–Peucker on a closed ring: the first point is kept, and the farthest point from it. */
    static List<double[]> simplified(List<double[]> ring) {
        if (ring.size() < 4) {
            return ring;
        }
        int far = 0;
        double farthest = -1;
        for (int i = 1; i < ring.size(); i++) {
            double distance = Math.hypot(ring.get(i)[0] - ring.get(0)[0], ring.get(i)[1] - ring.get(0)[1]);
            if (distance > farthest) {
                farthest = distance;
                far = i;
            }
        }
        List<double[]> closed = new ArrayList<>(ring);
        closed.add(ring.get(0));
        boolean[] keep = new boolean[closed.size()];
        keep[0] = true;
        keep[far] = true;
        keep[closed.size() - 1] = true;
        mark(closed, 0, far, keep);
        mark(closed, far, closed.size() - 1, keep);
        List<double[]> result = new ArrayList<>();
        for (int i = 0; i < closed.size() - 1; i++) {
            if (keep[i]) {
                result.add(closed.get(i));
            }
        }
        return result;
    }

    private static void mark(List<double[]> points, int from, int to, boolean[] keep) {
        double[] a = points.get(from);
        double[] b = points.get(to);
        int index = -1;
        double max = TOLERANCE;
        for (int i = from + 1; i < to; i++) {
            double distance = distance(points.get(i), a, b);
            if (distance > max) {
                max = distance;
                index = i;
            }
        }
        if (index >= 0) {
            keep[index] = true;
            mark(points, from, index, keep);
            mark(points, index, to, keep);
        }
    }

    private static double distance(double[] p, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return Math.hypot(p[0] - a[0], p[1] - a[1]);
        }
        return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / length;
    }

    private static List<int[]> rounded(List<double[]> ring) {
        List<int[]> points = new ArrayList<>();
        for (double[] point : ring) {
            int[] rounded = {(int) Math.round(point[0]), (int) Math.round(point[1])};
            int[] last = points.isEmpty() ? null : points.getLast();
            if (last == null || last[0] != rounded[0] || last[1] != rounded[1]) {
                points.add(rounded);
            }
        }
        return points;
    }
}

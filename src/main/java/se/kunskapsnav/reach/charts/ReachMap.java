package se.kunskapsnav.reach.charts;

import se.kunskapsnav.platform.Messages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sweden coloured by reach, as an accessible SVG: either one square per municipality in county blocks (no
 * open municipal boundaries could be had through the package registries; see {@code content/map/README.md}),
 * or the counties' own outlines. Reached areas are coloured in up to four classes of one blue that darkens
 * with the figure, not reached ones are white, hidden small counts are hatched, and areas outside the chosen
 * scope are grey. Every shape has a {@code <title>} with its name and figure (a tooltip); the page shows the
 * figures as a table beside the map. {@link ReportPdf} draws the same map from the same rules.
 */
public final class ReachMap {

    /** The fill of a hidden small count: the hatching, which each renderer draws its own way. */
    static final String HATCH = "hatch";
    static final double TILE = 20;
    static final double TILE_GAP = 3;
    static final double COUNTY_MAP_HEIGHT = 800;
    private static final double LEGEND_WIDTH = 230;

    private ReachMap() {
    }

    /**
     * One square per municipality, grouped and outlined by county.
     *
     * @param values the figure of each municipality in the scope, by 4-digit code; municipalities left out are
     *               drawn as outside the scope, codes the map does not know are left out
     */
    public static String municipalities(ChartCaption caption, String legendTitle, Map<String, MapValue> values) {
        return municipalities(MapGeometry.packaged(), caption, legendTitle, values);
    }

    /**
     * The counties' outlines, each coloured by its own figure.
     *
     * @param values the figure of each county in the scope, by 2-digit code; counties left out are drawn as
     *               outside the scope
     */
    public static String counties(ChartCaption caption, String legendTitle, Map<String, MapValue> values) {
        return counties(MapGeometry.packaged(), caption, legendTitle, values);
    }

    /** The 4-digit codes of every municipality the map draws. */
    public static List<String> municipalityCodes() {
        return MapGeometry.packaged().tiles().stream().map(MapGeometry.Tile::code).sorted().toList();
    }

    static String municipalities(MapGeometry geometry, ChartCaption caption, String legendTitle,
                                 Map<String, MapValue> values) {
        ReachClasses classes = ReachClasses.of(values.values());
        double left = 10;
        double top = 26;
        double mapWidth = left + columns(geometry) * TILE + 20;
        List<LegendItem> legend = legendItems(classes, values, geometry.tiles().size());
        String note = Messages.get("reach.chart.map.tileNote");
        double height = Math.max(top + rows(geometry) * TILE + 10, legendHeight(legend, note) + 20);
        Svg svg = new Svg(mapWidth + LEGEND_WIDTH, height, caption);
        svg.open("defs");
        hatch(svg, caption.id() + "-hidden", 1);
        svg.close("defs");

        svg.open("g", "stroke-width", "1");
        for (MapGeometry.Tile tile : geometry.tiles()) {
            MapValue value = values.get(tile.code());
            svg.open("rect", "x", Svg.number(left + tile.column() * TILE + TILE_GAP / 2),
                            "y", Svg.number(top + tile.row() * TILE + TILE_GAP / 2),
                            "width", Svg.number(TILE - TILE_GAP), "height", Svg.number(TILE - TILE_GAP),
                            "fill", svgFill(fill(value, classes), caption.id() + "-hidden"), "stroke", stroke(value))
                    .element("title", title(tile.name(), value)).close("rect");
        }
        svg.close("g");

        StringBuilder outlines = new StringBuilder();
        for (int[] edge : countyEdges(geometry.tiles())) {
            outlines.append('M').append(Svg.number(left + edge[0] * TILE)).append(' ')
                    .append(Svg.number(top + edge[1] * TILE)).append(edge[2] == 0 ? 'v' : 'h').append("20");
        }
        svg.empty("path", "d", outlines.toString(), "fill", "none", "stroke", Palette.BORDER,
                "stroke-width", "1.5", "stroke-linecap", "square");
        svg.open("g", "font-size", "11", "text-anchor", "middle");
        for (CountyLabel label : countyLabels(geometry)) {
            svg.element("text", label.name(), "x", Svg.number(left + label.centre() * TILE),
                    "y", Svg.number(top + label.row() * TILE - 5));
        }
        svg.close("g");

        legend(svg, caption.id() + "-hidden", mapWidth, 10, legendTitle, legend, note);
        return svg.finish();
    }

    static String counties(MapGeometry geometry, ChartCaption caption, String legendTitle,
                           Map<String, MapValue> values) {
        ReachClasses classes = ReachClasses.of(values.values());
        double[] bounds = bounds(geometry);
        double scale = COUNTY_MAP_HEIGHT / (bounds[3] - bounds[1]);
        double left = 10;
        double top = 10;
        double mapWidth = left + (bounds[2] - bounds[0]) * scale + 30;
        List<LegendItem> legend = legendItems(classes, values, geometry.counties().size());
        String note = Messages.get("reach.chart.map.countySource");
        double height = Math.max(top + COUNTY_MAP_HEIGHT + 10, legendHeight(legend, note) + 20);
        Svg svg = new Svg(mapWidth + LEGEND_WIDTH, height, caption);
        // the shapes are scaled, the legend is not: each has its own hatching of the same look
        svg.open("defs");
        hatch(svg, caption.id() + "-hidden", scale);
        hatch(svg, caption.id() + "-hidden-key", 1);
        svg.close("defs");

        svg.open("g", "transform", "translate(" + Svg.number(left - bounds[0] * scale) + " "
                        + Svg.number(top - bounds[1] * scale) + ") scale(" + scale + ")",
                "stroke-width", Svg.number(1 / scale), "stroke-linejoin", "round");
        for (MapGeometry.County county : geometry.counties()) {
            MapValue value = values.get(county.code());
            svg.open("path", "d", county.path(), "fill", svgFill(fill(value, classes), caption.id() + "-hidden"),
                    "stroke", stroke(value)).element("title", title(county.name(), value)).close("path");
        }
        svg.close("g");

        legend(svg, caption.id() + "-hidden-key", mapWidth, 10, legendTitle, legend, note);
        return svg.finish();
    }

    /** A shape's fill: grey outside the scope, white when not reached, the hatching, or its class's blue. */
    static String fill(MapValue value, ReachClasses classes) {
        if (value == null) {
            return Palette.OUTSIDE;
        }
        if (value.suppressed()) {
            return HATCH;
        }
        return value.value() == 0 ? Palette.NOT_REACHED : classes.colour(classes.classOf(value.value()));
    }

    /** A shape's outline: grey around a white (not reached) shape so it stands out, white between the rest. */
    static String stroke(MapValue value) {
        return value != null && !value.suppressed() && value.value() == 0
                ? Palette.NOT_REACHED_STROKE : Palette.WHITE;
    }

    static String title(String name, MapValue value) {
        return value == null ? Messages.get("reach.chart.map.outsideArea", name)
                : Messages.get("reach.chart.area", name, value.text());
    }

    private static String svgFill(String fill, String hatchId) {
        return HATCH.equals(fill) ? "url(#" + hatchId + ")" : fill;
    }

    /** The diagonal hatching of hidden small counts, drawn at the same size whatever the shapes' scale. */
    private static void hatch(Svg svg, String id, double scale) {
        double size = 6 / scale;
        svg.open("pattern", "id", id, "patternUnits", "userSpaceOnUse",
                        "width", Svg.number(size), "height", Svg.number(size), "patternTransform", "rotate(45)")
                .empty("rect", "width", Svg.number(size), "height", Svg.number(size), "fill", Palette.HATCH_BACKGROUND)
                .empty("line", "x1", "0", "y1", "0", "x2", "0", "y2", Svg.number(size),
                        "stroke", Palette.HATCH, "stroke-width", Svg.number(2.5 / scale))
                .close("pattern");
    }

    static int columns(MapGeometry geometry) {
        return geometry.tiles().stream().mapToInt(MapGeometry.Tile::column).max().orElse(0) + 1;
    }

    static int rows(MapGeometry geometry) {
        return geometry.tiles().stream().mapToInt(MapGeometry.Tile::row).max().orElse(0) + 1;
    }

    /**
     * The tile edges between a county and anything else, each as {column, row, 1, 0} (one tile across) or
     * {column, row, 0, 1} (one tile down), in tile units.
     */
    static List<int[]> countyEdges(Collection<MapGeometry.Tile> tiles) {
        Map<Long, String> countyAt = new HashMap<>();
        for (MapGeometry.Tile tile : tiles) {
            countyAt.put(cell(tile.column(), tile.row()), tile.countyCode());
        }
        List<int[]> edges = new ArrayList<>();
        for (MapGeometry.Tile tile : tiles) {
            int c = tile.column();
            int r = tile.row();
            String county = tile.countyCode();
            if (!county.equals(countyAt.get(cell(c, r - 1)))) {
                edges.add(new int[] {c, r, 1, 0});
            }
            if (!county.equals(countyAt.get(cell(c, r + 1)))) {
                edges.add(new int[] {c, r + 1, 1, 0});
            }
            if (!county.equals(countyAt.get(cell(c - 1, r)))) {
                edges.add(new int[] {c, r, 0, 1});
            }
            if (!county.equals(countyAt.get(cell(c + 1, r)))) {
                edges.add(new int[] {c + 1, r, 0, 1});
            }
        }
        return edges;
    }

    private static long cell(int column, int row) {
        return ((long) column << 32) ^ (row & 0xffffffffL);
    }

    /** A county's name over the middle of its block's top row; {@code centre} is in tile units. */
    record CountyLabel(String name, double centre, int row) {
    }

    static List<CountyLabel> countyLabels(MapGeometry geometry) {
        Map<String, List<MapGeometry.Tile>> byCounty = geometry.tiles().stream()
                .collect(Collectors.groupingBy(MapGeometry.Tile::countyCode, LinkedHashMap::new, Collectors.toList()));
        List<CountyLabel> labels = new ArrayList<>();
        for (Map.Entry<String, List<MapGeometry.Tile>> county : byCounty.entrySet()) {
            int firstRow = county.getValue().stream().mapToInt(MapGeometry.Tile::row).min().orElseThrow();
            List<MapGeometry.Tile> topRow = county.getValue().stream().filter(t -> t.row() == firstRow).toList();
            double centre = (topRow.stream().mapToInt(MapGeometry.Tile::column).min().orElseThrow()
                    + topRow.stream().mapToInt(MapGeometry.Tile::column).max().orElseThrow() + 1) / 2.0;
            labels.add(new CountyLabel(geometry.countyName(county.getKey()), centre, firstRow));
        }
        return labels;
    }

    /** The county outlines' extent: min x, min y, max x, max y. */
    static double[] bounds(MapGeometry geometry) {
        double[] bounds = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (MapGeometry.County county : geometry.counties()) {
            for (List<double[]> ring : rings(county.path())) {
                for (double[] point : ring) {
                    bounds[0] = Math.min(bounds[0], point[0]);
                    bounds[1] = Math.min(bounds[1], point[1]);
                    bounds[2] = Math.max(bounds[2], point[0]);
                    bounds[3] = Math.max(bounds[3], point[1]);
                }
            }
        }
        return bounds;
    }

    /** The rings of a county's path ({@code M x yL x y…Z}, as the map file has them). */
    static List<List<double[]>> rings(String path) {
        List<List<double[]>> rings = new ArrayList<>();
        for (String ring : path.split("Z")) {
            if (ring.isBlank()) {
                continue;
            }
            List<double[]> points = new ArrayList<>();
            for (String point : ring.substring(1).split("L")) {
                String[] xy = point.trim().split(" ");
                points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
            }
            rings.add(points);
        }
        return rings;
    }

    /** A legend row: a swatch ({@link #HATCH} or a colour, outlined when {@code stroke} is set) and its text. */
    record LegendItem(String fill, String stroke, String label) {
    }

    static List<LegendItem> legendItems(ReachClasses classes, Map<String, MapValue> values, int areas) {
        List<LegendItem> items = new ArrayList<>();
        items.add(new LegendItem(Palette.NOT_REACHED, Palette.NOT_REACHED_STROKE,
                Messages.get("reach.chart.legend.notReached")));
        for (int i = 0; i < classes.count(); i++) {
            items.add(new LegendItem(classes.colour(i), null, classes.label(i)));
        }
        if (values.values().stream().anyMatch(MapValue::suppressed)) {
            items.add(new LegendItem(HATCH, null, Messages.get("reach.chart.legend.suppressed")));
        }
        if (values.size() < areas) {
            items.add(new LegendItem(Palette.OUTSIDE, null, Messages.get("reach.chart.legend.outside")));
        }
        return items;
    }

    private static double legendHeight(List<LegendItem> items, String note) {
        return 30 + items.size() * 26 + 12 + wrapped(note, LEGEND_WIDTH - 20, 11).size() * 15;
    }

    private static void legend(Svg svg, String hatchId, double x, double y, String title, List<LegendItem> items,
                               String note) {
        svg.element("text", title, "x", Svg.number(x), "y", Svg.number(y + 14), "font-weight", "bold");
        double rowY = y + 30;
        for (LegendItem item : items) {
            svg.empty("rect", "x", Svg.number(x), "y", Svg.number(rowY), "width", "18", "height", "18",
                    "fill", svgFill(item.fill(), hatchId), "stroke", item.stroke());
            svg.element("text", item.label(), "x", Svg.number(x + 26), "y", Svg.number(rowY + 14));
            rowY += 26;
        }
        rowY += 12;
        for (String line : wrapped(note, LEGEND_WIDTH - 20, 11)) {
            svg.element("text", line, "x", Svg.number(x), "y", Svg.number(rowY), "font-size", "11",
                    "fill", Palette.MUTED);
            rowY += 15;
        }
    }

    /** A text broken into lines at most {@code width} wide. */
    static List<String> wrapped(String text, double width, double fontSize) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && Svg.textWidth(line + " " + word, fontSize) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}

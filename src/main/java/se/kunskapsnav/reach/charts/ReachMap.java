package se.kunskapsnav.reach.charts;

import se.kunskapsnav.platform.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sweden coloured by reach, as SVG: the municipalities' own boundaries, or the counties' outlines. Reached
 * areas are coloured in up to four classes of one blue that darkens with the figure, not reached ones are
 * white, hidden small counts are hatched, and areas outside the chosen scope are grey. On the municipality map
 * every municipality can be reached by keyboard and is named with its figure ("Kiruna: 21 personer"), which is
 * also written on the map while it has focus or the pointer; the county map is one image whose counties have
 * tooltips. The legend is HTML beside the map
 * ({@link #legend}), so that its text stays readable when a phone shrinks the map; the page shows the figures
 * as a table too. {@link ReportPdf} draws the same maps from the same rules.
 */
public final class ReachMap {

    /** The fill of a hidden small count: the hatching, which each renderer draws its own way. */
    static final String HATCH = "hatch";
    static final double COUNTY_MAP_HEIGHT = 800;

    private ReachMap() {
    }

    /**
     * Each municipality's boundary, focusable and named with its figure.
     *
     * @param values the figure of each municipality in the scope, by 4-digit code; municipalities left out are
     *               drawn as outside the scope, codes the map does not know are left out
     */
    public static String municipalities(ChartCaption caption, Map<String, MapValue> values) {
        MapGeometry.Boundaries boundaries = MapGeometry.boundaries();
        ReachClasses classes = ReachClasses.of(values.values());
        Svg svg = new Svg(boundaries.width(), boundaries.height(), caption, true);
        svg.open("defs");
        hatch(svg, caption.id() + "-hidden", 1);
        svg.close("defs");
        svg.open("g", "stroke-width", "0.5", "stroke-linejoin", "round", "stroke", Palette.WHITE,
                "text-anchor", "end", "font-size", "15", "font-weight", "bold");
        String x = Svg.number(boundaries.width() - 4);
        String y = Svg.number(boundaries.height() - 26);
        for (MapGeometry.Municipality municipality : boundaries.municipalities()) {
            MapValue value = values.get(municipality.code());
            String stroke = stroke(value);
            // the name and figure are written in the empty sea at the bottom right while the area has focus or
            // the pointer (the style sheet), so a sighted keyboard user reads the figure too, without a tooltip
            svg.open("g", "class", "kn-area", "tabindex", "0", "role", "img",
                            "aria-label", personsTitle(municipality.name(), value))
                    .empty("path", "d", municipality.path(),
                            "fill", svgFill(fill(value, classes), caption.id() + "-hidden"),
                            "stroke", Palette.WHITE.equals(stroke) ? null : stroke)
                    .open("text", "class", "kn-area-label", "x", x, "y", y)
                    .element("tspan", municipality.name())
                    .element("tspan", persons(value), "x", x, "dy", "18")
                    .close("text").close("g");
        }
        svg.close("g");
        return svg.finish();
    }

    /**
     * The counties' outlines, each coloured by its own figure.
     *
     * @param values the figure of each county in the scope, by 2-digit code; counties left out are drawn as
     *               outside the scope
     */
    public static String counties(ChartCaption caption, Map<String, MapValue> values) {
        return counties(MapGeometry.packaged(), caption, values);
    }

    /**
     * The legend of a map as HTML: its title, a swatch and text per class, and the boundaries' source.
     *
     * @param byMunicipality the municipality map's legend (else the county map's)
     */
    public static String legend(String id, String title, boolean byMunicipality, Map<String, MapValue> values) {
        MapGeometry geometry = MapGeometry.packaged();
        List<LegendItem> items = legendItems(ReachClasses.of(values.values()), values,
                byMunicipality ? geometry.places().size() : geometry.counties().size());
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"kn-legend\" id=\"").append(Svg.escape(id)).append("\">")
                .append("<p class=\"kn-legend-title\">").append(Svg.escape(title)).append("</p><ul>");
        for (LegendItem item : items) {
            String hatchId = id + "-hatch";
            html.append("<li><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\" viewBox=\"0 0 20 20\""
                    + " aria-hidden=\"true\" focusable=\"false\">");
            if (HATCH.equals(item.fill())) {
                Svg pattern = Svg.fragment();
                hatch(pattern, hatchId, 1);
                html.append("<defs>").append(pattern.fragmentText()).append("</defs>");
            }
            html.append("<rect x=\"1\" y=\"1\" width=\"18\" height=\"18\" fill=\"")
                    .append(svgFill(item.fill(), hatchId)).append('"');
            if (item.stroke() != null) {
                html.append(" stroke=\"").append(item.stroke()).append('"');
            }
            html.append("/></svg> ").append(Svg.escape(item.label())).append("</li>");
        }
        html.append("</ul><p class=\"kn-map-source\">").append(Svg.escape(Messages.get(byMunicipality
                ? "reach.chart.map.municipalitySource" : "reach.chart.map.countySource"))).append("</p></div>");
        return html.toString();
    }

    /** The 4-digit codes of every municipality the map draws. */
    public static List<String> municipalityCodes() {
        return MapGeometry.packaged().places().stream().map(MapGeometry.Place::code).sorted().toList();
    }

    static String counties(MapGeometry geometry, ChartCaption caption, Map<String, MapValue> values) {
        ReachClasses classes = ReachClasses.of(values.values());
        double[] bounds = bounds(geometry);
        double scale = COUNTY_MAP_HEIGHT / (bounds[3] - bounds[1]);
        double left = 10;
        double top = 10;
        double mapWidth = left + (bounds[2] - bounds[0]) * scale + 10;
        Svg svg = new Svg(mapWidth, top + COUNTY_MAP_HEIGHT + 10, caption);
        svg.open("defs");
        hatch(svg, caption.id() + "-hidden", scale);
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
        return Messages.get("reach.chart.area", name, value == null ? Messages.get("reach.chart.map.outside")
                : value.text());
    }

    /** "Kiruna: 21 personer", "Kiruna: 1 person", "Kiruna: färre än 5 personer" or "Kiruna: utanför urvalet". */
    static String personsTitle(String name, MapValue value) {
        return Messages.get("reach.chart.area", name, persons(value));
    }

    /** "21 personer", "1 person", "färre än 5 personer" or "utanför urvalet". */
    static String persons(MapValue value) {
        if (value == null) {
            return Messages.get("reach.chart.map.outside");
        }
        return Messages.get(Long.valueOf(1).equals(value.value()) ? "reach.chart.map.person"
                : "reach.chart.map.persons", value.text());
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
            // outlined, as the light grey alone would not stand out from the page (WCAG 1.4.11)
            items.add(new LegendItem(Palette.OUTSIDE, Palette.NOT_REACHED_STROKE,
                    Messages.get("reach.chart.legend.outside")));
        }
        return items;
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

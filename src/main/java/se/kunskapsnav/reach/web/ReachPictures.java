package se.kunskapsnav.reach.web;

import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.reach.Dimension;
import se.kunskapsnav.reach.Figure;
import se.kunskapsnav.reach.ReachReport;
import se.kunskapsnav.reach.charts.BarChart;
import se.kunskapsnav.reach.charts.ChartAxes;
import se.kunskapsnav.reach.charts.ChartBar;
import se.kunskapsnav.reach.charts.ChartCaption;
import se.kunskapsnav.reach.charts.ChartPoint;
import se.kunskapsnav.reach.charts.LineChart;
import se.kunskapsnav.reach.charts.MapValue;
import se.kunskapsnav.reach.charts.ReachMap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A report's pictures: the maps by municipality and by organising county, bars by profession and by
 * organisation type, and participation by month. The same figures feed the page's SVG and the PDF, and a
 * hidden small count stays hidden in both. A picture is drawn once, when first asked for: one object may serve
 * many requests at once ({@link ShownReports}).
 */
public final class ReachPictures {

    /** Bars beyond these are in the tables only. */
    static final int MOST_BARS = 15;

    private final ReachReport report;
    private final Map<Dimension, String> pictures = new ConcurrentHashMap<>();
    /** Empty for a chart, which has no legend. */
    private final Map<Dimension, Optional<String>> legends = new ConcurrentHashMap<>();

    public ReachPictures(ReachReport report) {
        this.report = report;
    }

    /** Persons per municipality of the scope; unreached ones are 0, those outside the scope left out. */
    public Map<String, MapValue> municipalityValues() {
        Map<String, MapValue> reached = new LinkedHashMap<>();
        for (ReachReport.Row row : report.rows(Dimension.MUNICIPALITY)) {
            if (row.key() != null) {
                reached.put(row.key(), value(row.persons()));
            }
        }
        Map<String, MapValue> values = new LinkedHashMap<>();
        for (String code : ReachMap.municipalityCodes()) {
            boolean inScope = report.query().wholeCountry() || report.query().counties().contains(code.substring(0, 2));
            if (inScope) {
                values.put(code, reached.getOrDefault(code, value(Figure.exact(0))));
            }
        }
        return values;
    }

    /** Persons per organising county. */
    public Map<String, MapValue> countyValues() {
        Map<String, MapValue> values = new LinkedHashMap<>();
        for (ReachReport.Row row : report.rows(Dimension.COUNTY)) {
            values.put(row.key(), value(row.persons()));
        }
        return values;
    }

    public List<ChartBar> bars(Dimension dimension) {
        return report.rows(dimension).stream().limit(MOST_BARS)
                .map(row -> new ChartBar(row.label(), row.persons().shown(), text(row.persons())))
                .toList();
    }

    public List<ChartPoint> months() {
        return report.rows(Dimension.MONTH).stream()
                .map(row -> new ChartPoint(row.label(), row.participations().shown(), text(row.participations())))
                .toList();
    }

    /** Which breakdown tables have a picture, and its element id on the page. */
    private static final Map<Dimension, String> PICTURE_IDS = Map.of(Dimension.PROFESSION, "yrkesdiagram",
            Dimension.ORGANISATION_TYPE, "organisationsdiagram", Dimension.MONTH, "manadsdiagram",
            Dimension.MUNICIPALITY, "kommunkarta", Dimension.COUNTY, "lanskarta");

    /** The element id of the picture shown with a breakdown's table, or {@code null} when it has none. */
    public String pictureId(Dimension dimension) {
        return PICTURE_IDS.get(dimension);
    }

    /** The picture's visible title. */
    public String title(Dimension dimension) {
        return Messages.get(titleKey(dimension));
    }

    /** The picture of a breakdown as SVG (see {@link #pictureId}). */
    public String picture(Dimension dimension) {
        return pictures.computeIfAbsent(dimension, this::draw);
    }

    private String draw(Dimension dimension) {
        ChartCaption caption = caption(PICTURE_IDS.get(dimension) + "-bild", titleKey(dimension));
        return switch (dimension) {
            case MUNICIPALITY -> ReachMap.municipalities(caption, municipalityValues());
            case COUNTY -> ReachMap.counties(caption, countyValues());
            case MONTH -> LineChart.svg(caption, axes(dimension, "reachpages.column.participations"), months());
            default -> BarChart.svg(caption, axes(dimension, "reachpages.column.persons"), bars(dimension));
        };
    }

    /** A map's legend as HTML, or {@code null} for a chart. */
    public String legend(Dimension dimension) {
        return legends.computeIfAbsent(dimension, d -> Optional.ofNullable(switch (d) {
            case MUNICIPALITY -> ReachMap.legend("kommunkarta-teckenforklaring",
                    Messages.get("reach.picture.persons"), true, municipalityValues());
            case COUNTY -> ReachMap.legend("lanskarta-teckenforklaring", Messages.get("reach.picture.persons"),
                    false, countyValues());
            default -> null;
        })).orElse(null);
    }

    private static String titleKey(Dimension dimension) {
        return switch (dimension) {
            case MUNICIPALITY -> "reach.picture.municipalityMap";
            case COUNTY -> "reach.picture.countyMap";
            case MONTH -> "reach.picture.months";
            case ORGANISATION_TYPE -> "reach.picture.organisationTypes";
            default -> "reach.picture.professions";
        };
    }

    private static ChartAxes axes(Dimension dimension, String valueKey) {
        return new ChartAxes(Messages.get("reachpages.dimension." + dimension.name()), Messages.get(valueKey));
    }

    private ChartCaption caption(String id, String titleKey) {
        return new ChartCaption(id, Messages.get(titleKey), Messages.get(titleKey + ".description",
                report.scope(), report.period()));
    }

    static MapValue value(Figure figure) {
        return new MapValue(figure.shown(), text(figure));
    }

    static String text(Figure figure) {
        return figure.hidden() ? Messages.get("reach.fewerThanFive") : String.valueOf(figure.value());
    }
}

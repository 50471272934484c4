package se.kunskapsnav.reach.web;

import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.reach.Dimension;
import se.kunskapsnav.reach.Figure;
import se.kunskapsnav.reach.ReachReport;
import se.kunskapsnav.reach.charts.BarChart;
import se.kunskapsnav.reach.charts.ChartBar;
import se.kunskapsnav.reach.charts.ChartCaption;
import se.kunskapsnav.reach.charts.ChartPoint;
import se.kunskapsnav.reach.charts.LineChart;
import se.kunskapsnav.reach.charts.MapValue;
import se.kunskapsnav.reach.charts.ReachMap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's pictures: the maps by municipality and by organising county, bars by profession and by
 * organisation type, and participation by month. The same figures feed the page's SVG and the PDF, and a
 * hidden small count stays hidden in both.
 */
public final class ReachPictures {

    /** Bars beyond these are in the tables only. */
    static final int MOST_BARS = 15;

    private final ReachReport report;

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

    public String municipalityMap() {
        return ReachMap.municipalities(caption("reach-map-municipalities", "reach.picture.municipalityMap"),
                Messages.get("reach.picture.persons"), municipalityValues());
    }

    public String countyMap() {
        return ReachMap.counties(caption("reach-map-counties", "reach.picture.countyMap"),
                Messages.get("reach.picture.persons"), countyValues());
    }

    public String professionChart() {
        return BarChart.svg(caption("reach-chart-professions", "reach.picture.professions"),
                bars(Dimension.PROFESSION));
    }

    public String organisationTypeChart() {
        return BarChart.svg(caption("reach-chart-organisation-types", "reach.picture.organisationTypes"),
                bars(Dimension.ORGANISATION_TYPE));
    }

    public String monthChart() {
        return LineChart.svg(caption("reach-chart-months", "reach.picture.months"), months());
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

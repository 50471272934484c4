package se.kunskapsnav.reach.charts;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a PDF report holds, in reading order: title, subtitle (scope and period), a lead sentence, the key
 * figures, then charts and tables. All texts come ready for people (Swedish, small counts already hidden).
 */
public record Report(String title, String subtitle, String lead, List<KeyFigure> keyFigures, List<Part> parts) {

    public Report {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(lead, "lead");
        keyFigures = List.copyOf(keyFigures);
        parts = List.copyOf(parts);
    }

    /** A figure shown large with its label, e.g. "315" and "personer". */
    public record KeyFigure(String label, String value) {
    }

    /** A chart or table with its heading. */
    public sealed interface Part permits Bars, Line, Table, MapPart {
        String heading();
    }

    /** Horizontal bars, as {@link BarChart} draws them. */
    public record Bars(String heading, List<ChartBar> bars) implements Part {
        public Bars {
            bars = List.copyOf(bars);
        }
    }

    /** A line over time, as {@link LineChart} draws it. */
    public record Line(String heading, List<ChartPoint> points) implements Part {
        public Line {
            points = List.copyOf(points);
        }
    }

    /** A table: a header and rows of texts; columns after the first are figures and align right. */
    public record Table(String heading, List<String> header, List<List<String>> rows) implements Part {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("A row has " + row.size() + " cells, the header "
                            + header.size() + ": " + row);
                }
            }
        }
    }

    /**
     * The map, as {@link ReachMap} draws it.
     *
     * @param byMunicipality true for one square per municipality (values by municipality code), false for the
     *                       county outlines (values by county code)
     */
    public record MapPart(String heading, boolean byMunicipality, String legendTitle, Map<String, MapValue> values)
            implements Part {
        public MapPart {
            values = Map.copyOf(values);
        }
    }
}

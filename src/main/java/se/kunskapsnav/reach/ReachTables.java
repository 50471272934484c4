package se.kunskapsnav.reach;

import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.TableExport.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A report as titled tables, the same for every file it is written to (CSV, XLSX, PDF): the summary, the
 * activities, one table per breakdown, the shares of stored totals and the coverage by municipality group and
 * population band. Counts the viewer may not see exactly
 * are written "färre än 5", exactly as the page shows them.
 */
public final class ReachTables {

    /** The breakdowns in the order the page and the files show them. */
    public static final List<Dimension> BREAKDOWNS = List.of(Dimension.PROFESSION, Dimension.SECTOR,
            Dimension.ORGANISATION_TYPE, Dimension.MUNICIPALITY, Dimension.MUNICIPALITY_GROUP,
            Dimension.POPULATION_BAND, Dimension.MONTH, Dimension.THEME, Dimension.KIND, Dimension.SERIES,
            Dimension.COUNTY);

    private ReachTables() {
    }

    /** Every table of the report; {@code options} names the kinds, themes and professions it was narrowed to. */
    public static List<Table> of(ReachReport report, ReachOptions options) {
        List<Table> tables = new ArrayList<>();
        tables.add(summary(report, options));
        tables.add(activities(report));
        for (Dimension dimension : BREAKDOWNS) {
            tables.add(breakdown(report, dimension));
        }
        tables.add(shares(report));
        tables.addAll(coverage(report));
        return tables;
    }

    /** Coverage by SKR group and by population band, as the page and every file show it. */
    public static List<Table> coverage(ReachReport report) {
        return List.of(coverage(report.coverage().groups(), "group", report.coverage().groupNotice()),
                coverage(report.coverage().bands(), "band", report.coverage().populationNotice()));
    }

    /**
     * Coverage by group or band ({@code kind}); the title says which year's classification it uses, or that none
     * was imported (then the table has no rows), so that every file says it as the page does.
     */
    static Table coverage(List<Coverage.Row> coverage, String kind, String notice) {
        List<List<String>> rows = coverage.stream()
                .map(c -> row(c.label(), String.valueOf(c.reached()), String.valueOf(c.total()),
                        c.percent() == null ? "" : percent(c.percent())))
                .toList();
        return new Table(Messages.get("reachpages.coverage." + kind + ".title", notice),
                List.of(text("coverage." + kind + ".column"), text("coverage.reached"),
                        text("coverage." + kind + ".total"), text("column.share")), rows);
    }

    static Table summary(ReachReport report, ReachOptions options) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(text("scope"), report.scope()));
        rows.add(row(text("period"), report.period()));
        ReachQuery query = report.query();
        if (!query.kinds().isEmpty()) {
            rows.add(row(text("kinds"), names(query.kinds(), options.kinds())));
        }
        if (!query.themes().isEmpty()) {
            rows.add(row(text("themes"), names(query.themes(), options.themes())));
        }
        if (!query.series().isEmpty()) {
            rows.add(row(text("series"), names(query.series(), options.series())));
        }
        if (!query.professions().isEmpty()) {
            rows.add(row(text("professions"), names(query.professions(), options.professions())));
        }
        rows.add(row(text("sentence"), report.sentence()));
        rows.addAll(keyFigures(report));
        rows.add(row(text("exact"), text(report.exact() ? "exact.yes" : "exact.no")));
        return new Table(text("table.summary"), List.of(text("column.what"), text("column.value")), rows);
    }

    /** The report's key figures, a label and a value each (the summary table's figures, the PDF's large ones). */
    public static List<List<String>> keyFigures(ReachReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(text("persons"), count(report.persons())));
        rows.add(row(text("participations"), count(report.participations())));
        rows.add(row(text("activities"), String.valueOf(report.activities())));
        rows.add(row(text("municipalities"), String.valueOf(report.municipalitiesReached())));
        rows.add(row(text("municipalityShare"), municipalityShare(report)));
        rows.add(row(text("regions"), String.valueOf(report.regionsReached())));
        rows.add(row(text("organisations"), String.valueOf(report.otherOrganisations())));
        rows.add(row(text("registered"), count(report.registered())));
        rows.add(row(text("attended"), count(report.attended())));
        rows.add(row(text("enrolled"), count(report.enrolled())));
        rows.add(row(text("completed"), count(report.completed())));
        return rows;
    }

    static Table activities(ReachReport report) {
        List<List<String>> rows = report.activityRows().stream()
                .map(a -> row(a.title(), a.kind(), a.heldOn() == null ? "" : a.heldOn().toString(), a.county(),
                        a.registered() == null ? "" : count(a.registered()), count(a.participants()),
                        String.valueOf(a.municipalities())))
                .toList();
        return new Table(text("table.activities"), List.of(text("column.activity"), text("column.kind"),
                text("column.date"), text("column.county"), text("column.registered"), text("column.participants"),
                text("column.municipalities")), rows);
    }

    static Table breakdown(ReachReport report, Dimension dimension) {
        boolean places = countsMunicipalities(dimension);
        boolean organisations = dimension == Dimension.ORGANISATION_TYPE;
        List<String> header = new ArrayList<>(List.of(Messages.get("reachpages.dimension." + dimension.name()),
                text("column.persons"), text("column.participations")));
        if (places) {
            header.add(text("column.municipalities"));
        }
        if (organisations) {
            header.add(text("column.organisations"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (ReachReport.Row line : report.rows(dimension)) {
            List<String> row = new ArrayList<>(row(line.label(), count(line.persons()),
                    count(line.participations())));
            if (places) {
                row.add(String.valueOf(line.municipalities()));
            }
            if (organisations) {
                row.add(String.valueOf(line.organisations()));
            }
            rows.add(row);
        }
        return new Table(Messages.get("reachpages.table." + dimension.name()), header, rows);
    }

    static Table shares(ReachReport report) {
        List<List<String>> rows = report.shares().stream()
                .map(s -> row(s.county(), String.valueOf(s.year()), s.label(), String.valueOf(s.total()),
                        count(s.reached()), s.percent() == null ? "" : percent(s.percent())))
                .toList();
        return new Table(text("table.shares"), List.of(text("column.county"), text("column.year"),
                text("column.denominator"), text("column.total"), text("column.reached"), text("column.share")), rows);
    }

    /** Whether a breakdown counts the municipalities reached per value (the calculator does for these). */
    public static boolean countsMunicipalities(Dimension dimension) {
        return dimension == Dimension.THEME || dimension == Dimension.KIND || dimension == Dimension.SERIES
                || dimension == Dimension.COUNTY;
    }

    /** A count as a person reads it: the number, or "färre än 5" when it is hidden. */
    public static String count(Figure figure) {
        return ReachWords.count(figure);
    }

    /** "62 %". */
    public static String percent(int percent) {
        return Messages.get("reachpages.percent", percent);
    }

    /** "14 % (2 av 14)", or only "2 av 14" when there are no municipalities in scope to share. */
    public static String municipalityShare(ReachReport report) {
        String ofScope = Messages.get("reachpages.ofScope", report.scopeMunicipalitiesReached(),
                report.municipalitiesInScope());
        return report.municipalityShare() == null ? ofScope : percent(report.municipalityShare()) + " (" + ofScope + ")";
    }

    private static String names(Collection<String> codes, Map<String, String> names) {
        return codes.stream().map(code -> names.getOrDefault(code, code)).sorted(String.CASE_INSENSITIVE_ORDER)
                .collect(Collectors.joining(", "));
    }

    /** A row of cells, an unknown value (null) as an empty cell. */
    private static List<String> row(String... cells) {
        return Arrays.stream(cells).map(cell -> cell == null ? "" : cell).toList();
    }

    private static String text(String key) {
        return Messages.get("reachpages." + key);
    }
}

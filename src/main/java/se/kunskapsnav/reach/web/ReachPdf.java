package se.kunskapsnav.reach.web;

import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.TableExport;
import se.kunskapsnav.reach.Dimension;
import se.kunskapsnav.reach.ReachOptions;
import se.kunskapsnav.reach.ReachReport;
import se.kunskapsnav.reach.ReachTables;
import se.kunskapsnav.reach.charts.Report;
import se.kunskapsnav.reach.charts.ReportPdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The PDF report of {@code /uppfoljning}: the sentence, key figures, the map and charts of the page, then the
 * same tables as the CSV and XLSX files but the summary, whose figures are the key figures.
 */
final class ReachPdf {

    private ReachPdf() {
    }

    static byte[] of(ReachReport report, ReachOptions options) {
        List<TableExport.Table> tables = ReachTables.of(report, options);
        List<Report.KeyFigure> keyFigures = ReachTables.keyFigures(report).stream()
                .map(row -> new Report.KeyFigure(row.get(0), row.get(1)))
                .toList();
        ReachPictures pictures = new ReachPictures(report);
        List<Report.Part> parts = new ArrayList<>();
        parts.add(new Report.MapPart(Messages.get("reach.picture.municipalityMap"), true,
                Messages.get("reach.picture.persons"), pictures.municipalityValues()));
        parts.add(new Report.Bars(Messages.get("reach.picture.professions"), pictures.bars(Dimension.PROFESSION)));
        parts.add(new Report.Bars(Messages.get("reach.picture.organisationTypes"),
                pictures.bars(Dimension.ORGANISATION_TYPE)));
        parts.add(new Report.Line(Messages.get("reach.picture.months"), pictures.months()));
        for (TableExport.Table table : tables.subList(1, tables.size())) {
            parts.add(new Report.Table(table.title(), table.header(), table.rows()));
        }
        return ReportPdf.render(new Report(Messages.get("reach.pdf.title"), report.scope() + ", " + report.period(),
                report.sentence(), keyFigures, parts));
    }
}

package se.kunskapsnav.reach.charts;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import se.kunskapsnav.platform.MarkdownPdf;
import se.kunskapsnav.platform.Messages;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

/**
 * A report as an A4 PDF in Swedish: title, subtitle, lead, key figures, then each chart drawn as vector
 * graphics from the same data and layout rules as the SVG pictures ({@link BarChart}, {@link LineChart},
 * {@link ReachMap}) and each table. The font ships with OpenPDF and is embedded, so å, ä and ö render
 * everywhere; the document's title and language are set for screen readers. Pages are numbered.
 */
public final class ReportPdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PageSize.A4.getWidth() - 2 * MARGIN;
    private static final float BAR_FONT = 9;
    private static final float BAR_ROW = 18;
    private static final float BAR_HEIGHT = 12;
    /** A longer list of bars continues in a second picture, so no picture is taller than a page. */
    private static final int BARS_PER_PICTURE = 30;
    private static final float LINE_HEIGHT = 220;
    private static final float LINE_FONT = 8;
    private static final float MAP_HEIGHT = 540;
    private static final float MAP_FONT = 8;

    private ReportPdf() {
    }

    public static byte[] render(Report report) {
        BaseFont font = MarkdownPdf.font();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(report.title());
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("sv-SE"));
        writer.setPageEvent(new PageNumbers(font));
        document.open();

        Paragraph title = new Paragraph(report.title(), new Font(font, 20, Font.BOLD, Palette.color(Palette.TEXT)));
        title.setSpacingAfter(4);
        document.add(title);
        Paragraph subtitle = new Paragraph(report.subtitle(), new Font(font, 12, Font.NORMAL,
                Palette.color(Palette.MUTED)));
        subtitle.setSpacingAfter(12);
        document.add(subtitle);
        Paragraph lead = new Paragraph(report.lead(), new Font(font, 12));
        lead.setLeading(16);
        lead.setSpacingAfter(14);
        document.add(lead);
        if (!report.keyFigures().isEmpty()) {
            document.add(heading(Messages.get("reach.chart.pdf.keyFigures"), font));
            document.add(keyFigures(report.keyFigures(), font));
        }
        for (Report.Part part : report.parts()) {
            switch (part) {
                case Report.Bars bars -> bars(document, writer, font, bars);
                case Report.Line line -> document.add(kept(part.heading(), font, image(lineChart(writer, font,
                        line.points()))));
                case Report.Table table -> table(document, font, table);
                case Report.MapPart map -> document.add(kept(part.heading(), font, image(map(writer, font, map))));
            }
        }
        document.close();
        return out.toByteArray();
    }

    private static Paragraph heading(String text, BaseFont font) {
        Paragraph heading = new Paragraph(text, new Font(font, 14, Font.BOLD, Palette.color(Palette.TEXT)));
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        return heading;
    }

    private static PdfPTable keyFigures(List<Report.KeyFigure> figures, BaseFont font) {
        PdfPTable table = new PdfPTable(3);
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        for (Report.KeyFigure figure : figures) {
            Phrase phrase = new Phrase();
            phrase.add(new Paragraph(figure.value(), new Font(font, 20, Font.BOLD, Palette.color(Palette.LINE))));
            phrase.add(new Paragraph("\n" + figure.label(), new Font(font, 10)));
            PdfPCell cell = new PdfPCell(phrase);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPaddingBottom(10);
            table.addCell(cell);
        }
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        table.completeRow();
        return table;
    }

    /** A heading and its picture on the same page. */
    private static PdfPTable kept(String heading, BaseFont font, Image picture) {
        PdfPTable table = unsplit();
        table.setSpacingBefore(8);
        PdfPCell title = new PdfPCell(new Phrase(heading, new Font(font, 14, Font.BOLD, Palette.color(Palette.TEXT))));
        title.setBorder(Rectangle.NO_BORDER);
        title.setPaddingBottom(8);
        title.setPaddingLeft(0);
        table.addCell(title);
        table.addCell(pictureCell(picture));
        return table;
    }

    /** A picture that is never split across pages. */
    private static PdfPTable picture(Image picture) {
        PdfPTable table = unsplit();
        table.addCell(pictureCell(picture));
        return table;
    }

    private static PdfPTable unsplit() {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingAfter(6);
        return table;
    }

    private static PdfPCell pictureCell(Image picture) {
        PdfPCell cell = new PdfPCell(picture, false);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(0);
        return cell;
    }

    private static Image image(PdfTemplate template) {
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException("A chart could not become a picture", e);
        }
    }

    private static void bars(Document document, PdfWriter writer, BaseFont font, Report.Bars part) {
        if (part.bars().isEmpty()) {
            document.add(heading(part.heading(), font));
            document.add(new Paragraph(Messages.get("reach.chart.noData"), new Font(font, 10)));
            return;
        }
        // one layout for all pictures of the list, so the bars keep one scale
        BarChart.Layout layout = BarChart.Layout.of(part.bars(), WIDTH, measure(font), BAR_FONT);
        for (int from = 0; from < part.bars().size(); from += BARS_PER_PICTURE) {
            List<ChartBar> bars = part.bars().subList(from, Math.min(from + BARS_PER_PICTURE, part.bars().size()));
            PdfTemplate template = writer.getDirectContent().createTemplate(WIDTH, bars.size() * BAR_ROW + 4);
            float top = template.getHeight() - 2;
            for (ChartBar bar : bars) {
                float barTop = top - (BAR_ROW - BAR_HEIGHT) / 2;
                float baseline = barTop - BAR_HEIGHT / 2 - BAR_FONT * 0.35f;
                text(template, font, BAR_FONT, Palette.TEXT, Element.ALIGN_RIGHT,
                        BarChart.fitted(bar.label(), BAR_FONT, layout.labelWidth() - 10, measure(font)),
                        (float) layout.labelWidth() - 8, baseline);
                float length = (float) layout.length(bar);
                float x = (float) layout.labelWidth();
                if (bar.suppressed()) {
                    template.saveState();
                    template.setColorStroke(Palette.color(Palette.BAR));
                    template.setLineWidth(1);
                    template.setLineDash(3, 2, 0);
                    template.rectangle(x + 0.5f, barTop - BAR_HEIGHT + 0.5f, length - 1, BAR_HEIGHT - 1);
                    template.stroke();
                    template.restoreState();
                } else if (length > 0) {
                    template.setColorFill(Palette.color(Palette.BAR));
                    template.rectangle(x, barTop - BAR_HEIGHT, length, BAR_HEIGHT);
                    template.fill();
                }
                text(template, font, BAR_FONT, Palette.TEXT, Element.ALIGN_LEFT, bar.valueText(), x + length + 5,
                        baseline);
                top -= BAR_ROW;
            }
            template.setColorStroke(Palette.color(Palette.MUTED));
            template.setLineWidth(0.75f);
            template.moveTo((float) layout.labelWidth(), template.getHeight());
            template.lineTo((float) layout.labelWidth(), top + BAR_ROW - BAR_HEIGHT - 4);
            template.stroke();
            document.add(from == 0 ? kept(part.heading(), font, image(template)) : picture(image(template)));
        }
    }

    private static PdfTemplate lineChart(PdfWriter writer, BaseFont font, List<ChartPoint> points) {
        PdfTemplate template = writer.getDirectContent().createTemplate(WIDTH, LINE_HEIGHT);
        if (points.isEmpty()) {
            text(template, font, 10, Palette.MUTED, Element.ALIGN_LEFT, Messages.get("reach.chart.noData"), 0,
                    LINE_HEIGHT - 14);
            return template;
        }
        LineChart.Layout layout = LineChart.Layout.of(points, WIDTH, LINE_HEIGHT, measure(font), LINE_FONT);
        float right = WIDTH - (float) LineChart.Layout.RIGHT;
        float zero = y(layout, 0);
        template.setLineWidth(0.5f);
        for (long tick : layout.ticks()) {
            float y = y(layout, tick);
            template.setColorStroke(Palette.color(tick == 0 ? Palette.MUTED : Palette.GRID));
            template.moveTo((float) layout.left(), y);
            template.lineTo(right, y);
            template.stroke();
            text(template, font, LINE_FONT, Palette.MUTED, Element.ALIGN_RIGHT,
                    Messages.get("reach.chart.number", tick), (float) layout.left() - 5, y - LINE_FONT * 0.35f);
        }
        template.setColorStroke(Palette.color(Palette.MUTED));
        for (int i = 0; i < points.size(); i += layout.labelEvery()) {
            float x = (float) layout.x(i);
            template.moveTo(x, zero);
            template.lineTo(x, zero - 4);
            template.stroke();
            text(template, font, LINE_FONT, Palette.MUTED, Element.ALIGN_CENTER, points.get(i).label(), x,
                    zero - 4 - LINE_FONT - 2);
        }
        template.setColorStroke(Palette.color(Palette.LINE));
        template.setLineWidth(1.75f);
        template.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
        boolean drawing = false;
        for (int i = 0; i < points.size(); i++) {
            ChartPoint point = points.get(i);
            if (point.suppressed()) {
                drawing = false;
                continue;
            }
            boolean nextKnown = i + 1 < points.size() && !points.get(i + 1).suppressed();
            if (!drawing && nextKnown) {
                template.moveTo((float) layout.x(i), y(layout, point.value()));
                drawing = true;
            } else if (drawing) {
                template.lineTo((float) layout.x(i), y(layout, point.value()));
                if (!nextKnown) {
                    template.stroke();
                    drawing = false;
                }
            }
        }
        template.setColorFill(Palette.color(Palette.LINE));
        template.setLineWidth(1);
        for (int i = 0; i < points.size(); i++) {
            ChartPoint point = points.get(i);
            float x = (float) layout.x(i);
            if (point.suppressed()) {
                float top = y(layout, 5);
                template.saveState();
                template.setLineDash(2, 1.5f, 0);
                template.rectangle(x - 3, zero, 6, Math.max(top - zero, 3));
                template.stroke();
                template.restoreState();
            } else {
                template.circle(x, y(layout, point.value()), 2.5f);
                template.fill();
            }
        }
        return template;
    }

    /** The layout measures down from the top, as SVG does; PDF measures up from the bottom. */
    private static float y(LineChart.Layout layout, long value) {
        return (float) (layout.height() - layout.y(value));
    }

    private static void table(Document document, BaseFont font, Report.Table part) {
        PdfPTable table = new PdfPTable(part.header().size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(6);
        float[] widths = new float[part.header().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i == 0 ? 2.5f : 1;
        }
        table.setWidths(widths);
        Font headerFont = new Font(font, 9, Font.BOLD);
        Font cellFont = new Font(font, 9);
        for (int i = 0; i < part.header().size(); i++) {
            PdfPCell cell = cell(part.header().get(i), headerFont, i);
            cell.setBackgroundColor(Palette.color(Palette.CLASSES[0]));
            table.addCell(cell);
        }
        for (List<String> row : part.rows()) {
            for (int i = 0; i < row.size(); i++) {
                table.addCell(cell(row.get(i), cellFont, i));
            }
        }
        document.add(heading(part.heading(), font));
        document.add(table);
    }

    private static PdfPCell cell(String text, Font font, int column) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(column == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        cell.setPadding(4);
        cell.setBorderColor(Palette.color(Palette.GRID));
        return cell;
    }

    private static PdfTemplate map(PdfWriter writer, BaseFont font, Report.MapPart part) {
        MapGeometry geometry = MapGeometry.packaged();
        ReachClasses classes = ReachClasses.of(part.values().values());
        List<ReachMap.LegendItem> legend = ReachMap.legendItems(classes, part.values(),
                part.byMunicipality() ? geometry.tiles().size() : geometry.counties().size());
        PdfTemplate template = writer.getDirectContent().createTemplate(WIDTH, MAP_HEIGHT);
        float mapWidth = part.byMunicipality()
                ? tiles(template, font, geometry, classes, part.values())
                : counties(template, geometry, classes, part.values());
        String note = Messages.get(part.byMunicipality() ? "reach.chart.map.tileNote" : "reach.chart.map.countySource");
        float x = mapWidth + 20;
        float y = MAP_HEIGHT - 12;
        text(template, font, 10, Palette.TEXT, Element.ALIGN_LEFT, part.legendTitle(), x, y);
        y -= 22;
        for (ReachMap.LegendItem item : legend) {
            shape(template, item.fill(), item.stroke(), () -> template.rectangle(x, 0, 12, 12), x, 0, 12, 12,
                    y);
            text(template, font, MAP_FONT + 1, Palette.TEXT, Element.ALIGN_LEFT, item.label(), x + 18, y + 2.5f);
            y -= 18;
        }
        y -= 6;
        for (String line : ReachMap.wrapped(note, WIDTH - x, MAP_FONT)) {
            text(template, font, MAP_FONT, Palette.MUTED, Element.ALIGN_LEFT, line, x, y);
            y -= MAP_FONT + 3;
        }
        return template;
    }

    /** Draws the tile map scaled to the map's height; answers the width it took. */
    private static float tiles(PdfTemplate template, BaseFont font, MapGeometry geometry, ReachClasses classes,
                               Map<String, MapValue> values) {
        float labels = 12;
        float scale = (float) ((MAP_HEIGHT - labels) / (ReachMap.rows(geometry) * ReachMap.TILE));
        float tile = (float) ((ReachMap.TILE - ReachMap.TILE_GAP) * scale);
        for (MapGeometry.Tile cell : geometry.tiles()) {
            float x = (float) ((cell.column() * ReachMap.TILE + ReachMap.TILE_GAP / 2) * scale);
            float top = (float) (MAP_HEIGHT - labels - (cell.row() * ReachMap.TILE + ReachMap.TILE_GAP / 2) * scale);
            MapValue value = values.get(cell.code());
            shape(template, ReachMap.fill(value, classes), ReachMap.stroke(value),
                    () -> template.rectangle(x, top - tile, tile, tile), x, top - tile, tile, tile, 0);
        }
        template.setColorStroke(Palette.color(Palette.BORDER));
        template.setLineWidth(1);
        float unit = (float) (ReachMap.TILE * scale);
        for (int[] edge : ReachMap.countyEdges(geometry.tiles())) {
            float x = edge[0] * unit;
            float y = MAP_HEIGHT - labels - edge[1] * unit;
            template.moveTo(x, y);
            template.lineTo(x + edge[2] * unit, y - edge[3] * unit);
        }
        template.stroke();
        for (ReachMap.CountyLabel label : ReachMap.countyLabels(geometry)) {
            text(template, font, MAP_FONT - 1, Palette.TEXT, Element.ALIGN_CENTER, label.name(),
                    (float) label.centre() * unit, MAP_HEIGHT - labels - label.row() * unit + 3);
        }
        return ReachMap.columns(geometry) * unit;
    }

    /** Draws the county outlines scaled to the map's height; answers the width they took. */
    private static float counties(PdfTemplate template, MapGeometry geometry, ReachClasses classes,
                                  Map<String, MapValue> values) {
        double[] bounds = ReachMap.bounds(geometry);
        float scale = (float) (MAP_HEIGHT / (bounds[3] - bounds[1]));
        for (MapGeometry.County county : geometry.counties()) {
            List<List<double[]>> rings = ReachMap.rings(county.path());
            MapValue value = values.get(county.code());
            Runnable outline = () -> {
                for (List<double[]> ring : rings) {
                    for (int i = 0; i < ring.size(); i++) {
                        float x = (float) ((ring.get(i)[0] - bounds[0]) * scale);
                        float y = (float) (MAP_HEIGHT - (ring.get(i)[1] - bounds[1]) * scale);
                        if (i == 0) {
                            template.moveTo(x, y);
                        } else {
                            template.lineTo(x, y);
                        }
                    }
                    template.closePath();
                }
            };
            shape(template, ReachMap.fill(value, classes), ReachMap.stroke(value), outline, 0, 0, WIDTH,
                    MAP_HEIGHT, 0);
        }
        return (float) ((bounds[2] - bounds[0]) * scale);
    }

    /**
     * Fills and outlines a shape that {@code outline} draws (shifted up by {@code lift}); a hidden count is
     * hatched within the box {@code x, y, width, height}.
     */
    private static void shape(PdfTemplate template, String fill, String stroke, Runnable outline, float x, float y,
                              float width, float height, float lift) {
        template.saveState();
        if (lift != 0) {
            template.concatCTM(1, 0, 0, 1, 0, lift);
        }
        if (ReachMap.HATCH.equals(fill)) {
            template.saveState();
            outline.run();
            template.clip();
            template.newPath();
            template.setColorFill(Palette.color(Palette.HATCH_BACKGROUND));
            template.rectangle(x, y, width, height);
            template.fill();
            template.setColorStroke(Palette.color(Palette.HATCH));
            template.setLineWidth(1.5f);
            for (float d = -height; d < width; d += 4) {
                template.moveTo(x + d, y);
                template.lineTo(x + d + height, y + height);
            }
            template.stroke();
            template.restoreState();
        } else {
            template.setColorFill(Palette.color(fill));
            outline.run();
            template.fill();
        }
        if (stroke != null) {
            template.setColorStroke(Palette.color(stroke));
            template.setLineWidth(0.5f);
            outline.run();
            template.stroke();
        }
        template.restoreState();
    }

    private static BarChart.TextMeasure measure(BaseFont font) {
        return (text, size) -> font.getWidthPoint(text, (float) size);
    }

    private static void text(PdfContentByte content, BaseFont font, float size, String colour, int align,
                             String text, float x, float y) {
        content.beginText();
        content.setFontAndSize(font, size);
        content.setColorFill(Palette.color(colour));
        content.showTextAligned(align, text, x, y, 0);
        content.endText();
    }

    /** "Sida 2" at the foot of every page. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final BaseFont font;

        PageNumbers(BaseFont font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            text(writer.getDirectContent(), font, 9, Palette.MUTED, Element.ALIGN_CENTER,
                    Messages.get("reach.chart.pdf.page", writer.getPageNumber()),
                    PageSize.A4.getWidth() / 2, MARGIN / 2);
        }
    }
}

package se.kunskapsnav.reach.charts;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import se.kunskapsnav.platform.MarkdownPdf;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.TaggedPdf;

import java.util.List;
import java.util.Map;

/**
 * A report as an A4 PDF in Swedish: title, subtitle, lead, key figures, then each chart drawn as vector
 * graphics from the same data and layout rules as the SVG pictures ({@link BarChart}, {@link LineChart},
 * {@link ReachMap}) and each table. The font ships with OpenPDF and is embedded, so å, ä and ö render
 * everywhere. It is a tagged PDF ({@link TaggedPdf}): headings, paragraphs, tables and each chart as a figure
 * whose alternative text gives its figures, in reading order, with the title and language set. Pages are
 * numbered.
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
        TaggedPdf pdf = new TaggedPdf(PageSize.A4, MARGIN, report.title(), "sv-SE", font,
                page -> Messages.get("reach.chart.pdf.page", page));
        pdf.text("H1", report.title(), new Font(font, 20, Font.BOLD, Palette.color(Palette.TEXT)), Element.ALIGN_LEFT);
        pdf.space(4);
        pdf.text("P", report.subtitle(), new Font(font, 12, Font.NORMAL, Palette.color(Palette.MUTED)),
                Element.ALIGN_LEFT);
        pdf.space(12);
        pdf.text("P", report.lead(), new Font(font, 12), Element.ALIGN_LEFT);
        pdf.space(14);
        if (!report.keyFigures().isEmpty()) {
            heading(pdf, Messages.get("reach.chart.pdf.keyFigures"), font, 40);
            pdf.table(List.of(Messages.get("reach.chart.pdf.keyFigure"), Messages.get("reach.chart.pdf.value")),
                    report.keyFigures().stream().map(figure -> List.of(figure.label(), figure.value())).toList(),
                    new float[] {2.5f, 1}, new Font(font, 10, Font.BOLD), new Font(font, 12, Font.BOLD,
                            Palette.color(Palette.LINE)), Palette.color(Palette.HEADER));
        }
        for (Report.Part part : report.parts()) {
            switch (part) {
                case Report.Bars bars -> bars(pdf, font, bars);
                case Report.Line line -> {
                    PdfTemplate chart = lineChart(pdf.writer(), font, line.points());
                    heading(pdf, part.heading(), font, chart.getHeight());
                    pdf.figure(chart, alt(Messages.get("reach.chart.pdf.lineAlt", part.heading()), line.points()
                            .stream().map(p -> p.label() + " " + p.valueText()).toList()));
                }
                case Report.Table table -> table(pdf, font, table);
                case Report.MapPart map -> {
                    PdfTemplate drawn = map(pdf.writer(), font, map);
                    heading(pdf, part.heading(), font, drawn.getHeight());
                    pdf.figure(drawn, Messages.get(map.byMunicipality() ? "reach.chart.pdf.municipalityMapAlt"
                            : "reach.chart.pdf.countyMapAlt", part.heading()));
                }
            }
            pdf.space(6);
        }
        return pdf.finish();
    }

    /** A part's heading, on the same page as the first {@code following} points of what it heads. */
    private static void heading(TaggedPdf pdf, String text, BaseFont font, float following) {
        pdf.space(14);
        pdf.keep(14 * 1.3f + 8 + following);
        pdf.text("H2", text, new Font(font, 14, Font.BOLD, Palette.color(Palette.TEXT)), Element.ALIGN_LEFT);
        pdf.space(8);
    }

    /** "Stapeldiagram, Personer per yrke: Socialsekreterare 412; Förskollärare färre än 5." */
    private static String alt(String kind, List<String> figures) {
        return kind + ": " + String.join("; ", figures) + ".";
    }

    private static void bars(TaggedPdf pdf, BaseFont font, Report.Bars part) {
        if (part.bars().isEmpty()) {
            heading(pdf, part.heading(), font, 20);
            pdf.text("P", Messages.get("reach.chart.noData"), new Font(font, 10), Element.ALIGN_LEFT);
            return;
        }
        // one layout for all pictures of the list, so the bars keep one scale
        BarChart.Layout layout = BarChart.Layout.of(part.bars(), WIDTH, measure(font), BAR_FONT);
        for (int from = 0; from < part.bars().size(); from += BARS_PER_PICTURE) {
            List<ChartBar> bars = part.bars().subList(from, Math.min(from + BARS_PER_PICTURE, part.bars().size()));
            PdfTemplate template = pdf.writer().getDirectContent().createTemplate(WIDTH, bars.size() * BAR_ROW + 4);
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
            if (from == 0) {
                heading(pdf, part.heading(), font, template.getHeight());
            }
            pdf.figure(template, alt(Messages.get("reach.chart.pdf.barsAlt", part.heading()),
                    bars.stream().map(b -> b.label() + " " + b.valueText()).toList()));
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
        float right = WIDTH - (float) layout.right();
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

    private static void table(TaggedPdf pdf, BaseFont font, Report.Table part) {
        float[] widths = new float[part.header().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i == 0 ? 2.5f : 1;
        }
        heading(pdf, part.heading(), font, 40);
        pdf.table(part.header(), part.rows(), widths, new Font(font, 9, Font.BOLD), new Font(font, 9),
                Palette.color(Palette.HEADER));
    }

    private static PdfTemplate map(PdfWriter writer, BaseFont font, Report.MapPart part) {
        MapGeometry geometry = MapGeometry.packaged();
        ReachClasses classes = ReachClasses.of(part.values().values());
        List<ReachMap.LegendItem> legend = ReachMap.legendItems(classes, part.values(),
                part.byMunicipality() ? geometry.places().size() : geometry.counties().size());
        PdfTemplate template = writer.getDirectContent().createTemplate(WIDTH, MAP_HEIGHT);
        float mapWidth = part.byMunicipality()
                ? municipalities(template, classes, part.values())
                : counties(template, geometry, classes, part.values());
        String note = Messages.get(part.byMunicipality() ? "reach.chart.map.municipalitySource"
                : "reach.chart.map.countySource");
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

    /** Draws the municipalities' boundaries scaled to the map's height; answers the width they took. */
    private static float municipalities(PdfTemplate template, ReachClasses classes, Map<String, MapValue> values) {
        MapGeometry.Boundaries boundaries = MapGeometry.boundaries();
        double[] bounds = {0, 0, boundaries.width(), boundaries.height()};
        for (MapGeometry.Municipality municipality : boundaries.municipalities()) {
            outline(template, bounds, municipality.path(), values.get(municipality.code()), classes);
        }
        return (float) (boundaries.width() * MAP_HEIGHT / boundaries.height());
    }

    /** Draws the county outlines scaled to the map's height; answers the width they took. */
    private static float counties(PdfTemplate template, MapGeometry geometry, ReachClasses classes,
                                  Map<String, MapValue> values) {
        double[] bounds = ReachMap.bounds(geometry);
        for (MapGeometry.County county : geometry.counties()) {
            outline(template, bounds, county.path(), values.get(county.code()), classes);
        }
        return (float) ((bounds[2] - bounds[0]) * MAP_HEIGHT / (bounds[3] - bounds[1]));
    }

    /** One area of a map: its path (in units whose extent is {@code bounds}) scaled to the map's height. */
    private static void outline(PdfTemplate template, double[] bounds, String path, MapValue value,
                                ReachClasses classes) {
        float scale = (float) (MAP_HEIGHT / (bounds[3] - bounds[1]));
        List<List<double[]>> rings = ReachMap.rings(path);
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
        shape(template, ReachMap.fill(value, classes), ReachMap.stroke(value), outline, 0, 0, WIDTH, MAP_HEIGHT, 0);
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
}

package se.kunskapsnav.reach.charts;

import se.kunskapsnav.platform.Messages;

import java.util.List;

/**
 * Horizontal bars with their labels and figures as an SVG, e.g. participants by profession. The largest bar
 * fills the width; a hidden small count is a dashed outline as long as 5 would be (at least 8 pixels), with
 * its text ("färre än 5"). The page shows the same figures as a table beside the chart.
 */
public final class BarChart {

    static final double WIDTH = 640;
    static final double ROW = 30;
    static final double BAR_HEIGHT = 20;
    private static final double FONT = 13;
    private static final double TOP = 6;

    private BarChart() {
    }

    public static String svg(ChartCaption caption, List<ChartBar> bars) {
        if (bars.isEmpty()) {
            return noData(caption);
        }
        Layout layout = Layout.of(bars, WIDTH, Svg::textWidth, FONT);
        double height = TOP * 2 + bars.size() * ROW;
        Svg svg = new Svg(WIDTH, height, caption);
        double y = TOP;
        for (ChartBar bar : bars) {
            svg.open("g").element("title", Messages.get("reach.chart.area", bar.label(), bar.valueText()));
            double middle = y + BAR_HEIGHT / 2;
            svg.element("text", fitted(bar.label(), FONT, layout.labelWidth() - 10, Svg::textWidth),
                    "x", Svg.number(layout.labelWidth() - 8), "y", Svg.number(middle + 4.5), "text-anchor", "end");
            double length = layout.length(bar);
            if (bar.suppressed()) {
                svg.empty("rect", "x", Svg.number(layout.labelWidth() + 0.75), "y", Svg.number(y + 0.75),
                        "width", Svg.number(length - 1.5), "height", Svg.number(BAR_HEIGHT - 1.5),
                        "fill", Palette.WHITE, "stroke", Palette.BAR, "stroke-width", "1.5",
                        "stroke-dasharray", "4 3");
            } else if (length > 0) {
                svg.empty("rect", "x", Svg.number(layout.labelWidth()), "y", Svg.number(y),
                        "width", Svg.number(length), "height", Svg.number(BAR_HEIGHT), "fill", Palette.BAR);
            }
            svg.element("text", bar.valueText(), "x", Svg.number(layout.labelWidth() + length + 6),
                    "y", Svg.number(middle + 4.5));
            svg.close("g");
            y += ROW;
        }
        svg.empty("line", "x1", Svg.number(layout.labelWidth()), "y1", Svg.number(TOP - 3),
                "x2", Svg.number(layout.labelWidth()), "y2", Svg.number(y - ROW + BAR_HEIGHT + 3),
                "stroke", Palette.MUTED, "stroke-width", "1");
        return svg.finish();
    }

    static String noData(ChartCaption caption) {
        Svg svg = new Svg(WIDTH, 40, caption);
        svg.element("text", Messages.get("reach.chart.noData"), "x", "0", "y", "24", "fill", Palette.MUTED);
        return svg.finish();
    }

    /** The text cut with an ellipsis so that it is at most {@code maxWidth} wide. */
    static String fitted(String text, double fontSize, double maxWidth, TextMeasure measure) {
        if (measure.width(text, fontSize) <= maxWidth) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && measure.width(cut + "…", fontSize) > maxWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    /** Measures text in the unit of the drawing (pixels in SVG, points in PDF). */
    @FunctionalInterface
    interface TextMeasure {
        double width(String text, double fontSize);
    }

    /**
     * Where the parts of a bar chart go, the same for the SVG and the PDF: the labels' column, then the bars,
     * then room for the longest figure.
     */
    record Layout(double labelWidth, double barWidth, double scaleMax) {

        static Layout of(List<ChartBar> bars, double width, TextMeasure measure, double fontSize) {
            double labels = bars.stream().mapToDouble(b -> measure.width(b.label(), fontSize)).max().orElse(0) + 12;
            double values = bars.stream().mapToDouble(b -> measure.width(b.valueText(), fontSize)).max().orElse(0)
                    + 10;
            double labelWidth = Math.min(labels, width * 0.4);
            long largest = bars.stream().filter(b -> !b.suppressed()).mapToLong(ChartBar::value).max().orElse(0);
            boolean anyHidden = bars.stream().anyMatch(ChartBar::suppressed);
            // a hidden count is drawn as long as 5 would be, so the scale must reach at least that far
            double scaleMax = anyHidden ? Math.max(largest, 5) : largest;
            return new Layout(labelWidth, width - labelWidth - values, scaleMax);
        }

        /** A bar's length; a hidden count's outline is never shorter than 8 units, so it can be seen. */
        double length(ChartBar bar) {
            if (bar.suppressed()) {
                return Math.max(barWidth * 5 / scaleMax, 8);
            }
            return scaleMax == 0 ? 0 : barWidth * bar.value() / scaleMax;
        }
    }
}

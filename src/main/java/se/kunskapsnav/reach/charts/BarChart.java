package se.kunskapsnav.reach.charts;

import se.kunskapsnav.platform.Messages;

import java.util.List;

/**
 * Horizontal bars with their labels and figures as an SVG, e.g. participants by profession: each label on its
 * own line above its bar, so that a narrow chart (readable when a phone shrinks it) keeps long labels whole.
 * The category's name heads the labels and the figures' name stands under the bars. The largest bar fills the
 * width; a hidden small count is a dashed outline as long as 5 would be (at least 8 pixels), with its text
 * ("färre än 5"). The page shows the same figures as a table beside the chart.
 */
public final class BarChart {

    static final double WIDTH = 340;
    static final double ROW = 48;
    static final double BAR_HEIGHT = 18;
    private static final double FONT = 14;
    /** Room above the bars for the category's name. */
    private static final double TOP = 24;
    /** Room below the bars for the figures' name. */
    private static final double BOTTOM = 30;

    private BarChart() {
    }

    public static String svg(ChartCaption caption, ChartAxes axes, List<ChartBar> bars) {
        if (bars.isEmpty()) {
            return noData(caption);
        }
        Layout layout = Layout.stacked(bars, WIDTH, Svg::textWidth, FONT);
        double height = TOP + bars.size() * ROW + BOTTOM;
        Svg svg = new Svg(WIDTH, height, caption);
        svg.open("g", "font-size", Svg.number(FONT));
        svg.element("text", axes.category(), "x", "0", "y", Svg.number(FONT + 2), "font-weight", "bold");
        double y = TOP;
        for (ChartBar bar : bars) {
            svg.open("g").element("title", Messages.get("reach.chart.area", bar.label(), bar.valueText()));
            svg.element("text", fitted(bar.label(), FONT, WIDTH, Svg::textWidth), "x", "0", "y",
                    Svg.number(y + FONT + 1));
            double barTop = y + FONT + 7;
            double length = layout.length(bar);
            if (bar.suppressed()) {
                svg.empty("rect", "x", "0.75", "y", Svg.number(barTop + 0.75),
                        "width", Svg.number(length - 1.5), "height", Svg.number(BAR_HEIGHT - 1.5),
                        "fill", Palette.WHITE, "stroke", Palette.BAR, "stroke-width", "1.5",
                        "stroke-dasharray", "4 3");
            } else if (length > 0) {
                svg.empty("rect", "x", "0", "y", Svg.number(barTop),
                        "width", Svg.number(length), "height", Svg.number(BAR_HEIGHT), "fill", Palette.BAR);
            }
            svg.element("text", bar.valueText(), "x", Svg.number(length + 6),
                    "y", Svg.number(barTop + BAR_HEIGHT / 2 + 4.5));
            svg.close("g");
            y += ROW;
        }
        svg.empty("line", "x1", "0", "y1", Svg.number(TOP), "x2", "0", "y2", Svg.number(y),
                "stroke", Palette.MUTED, "stroke-width", "1");
        svg.element("text", axes.value(), "x", "0", "y", Svg.number(y + BOTTOM - 8), "font-weight", "bold");
        svg.close("g");
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
     * Where the parts of a bar chart go: the labels' column (none when the labels stand above the bars, as on
     * the page), then the bars, then room for the longest figure.
     */
    record Layout(double labelWidth, double barWidth, double scaleMax) {

        /** Labels in a column left of the bars, as the PDF draws them. */
        static Layout of(List<ChartBar> bars, double width, TextMeasure measure, double fontSize) {
            double labels = bars.stream().mapToDouble(b -> measure.width(b.label(), fontSize)).max().orElse(0) + 12;
            double labelWidth = Math.min(labels, width * 0.4);
            return new Layout(labelWidth, width - labelWidth - valuesWidth(bars, measure, fontSize), scaleMax(bars));
        }

        /** Labels above the bars, as the page draws them. */
        static Layout stacked(List<ChartBar> bars, double width, TextMeasure measure, double fontSize) {
            return new Layout(0, width - valuesWidth(bars, measure, fontSize), scaleMax(bars));
        }

        private static double valuesWidth(List<ChartBar> bars, TextMeasure measure, double fontSize) {
            return bars.stream().mapToDouble(b -> measure.width(b.valueText(), fontSize)).max().orElse(0) + 10;
        }

        private static double scaleMax(List<ChartBar> bars) {
            long largest = bars.stream().filter(b -> !b.suppressed()).mapToLong(ChartBar::value).max().orElse(0);
            boolean anyHidden = bars.stream().anyMatch(ChartBar::suppressed);
            // a hidden count is drawn as long as 5 would be, so the scale must reach at least that far
            return anyHidden ? Math.max(largest, 5) : largest;
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

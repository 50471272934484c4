package se.kunskapsnav.reach.charts;

import se.kunskapsnav.platform.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of figures over time (e.g. participations by month) as an SVG, with a value axis from 0 named at its
 * top and the points' labels along the bottom (thinned so they never overlap, and never cut at the edges)
 * named below them. A hidden small count breaks the line and is drawn as a dashed box from 0 to 5. The page
 * shows the same figures as a table beside the chart. It is drawn narrow, so that its text stays readable
 * when a phone shrinks it to the screen.
 */
public final class LineChart {

    static final double WIDTH = 340;
    static final double HEIGHT = 260;
    private static final double FONT = 14;

    private LineChart() {
    }

    public static String svg(ChartCaption caption, ChartAxes axes, List<ChartPoint> points) {
        if (points.isEmpty()) {
            return BarChart.noData(caption);
        }
        Layout layout = Layout.of(points, WIDTH, HEIGHT, Svg::textWidth, FONT);
        Svg svg = new Svg(WIDTH, HEIGHT, caption);

        svg.element("text", axes.value(), "x", "0", "y", Svg.number(FONT), "font-weight", "bold",
                "font-size", Svg.number(FONT));
        svg.element("text", axes.category(), "x", Svg.number(layout.left() + layout.plotWidth() / 2),
                "y", Svg.number(HEIGHT - 6), "text-anchor", "middle", "font-weight", "bold",
                "font-size", Svg.number(FONT));
        svg.open("g", "font-size", Svg.number(FONT), "fill", Palette.MUTED);
        for (long tick : layout.ticks()) {
            double y = layout.y(tick);
            svg.empty("line", "x1", Svg.number(layout.left()), "y1", Svg.number(y),
                    "x2", Svg.number(WIDTH - layout.right()), "y2", Svg.number(y),
                    "stroke", tick == 0 ? Palette.MUTED : Palette.GRID, "stroke-width", "1");
            svg.element("text", Messages.get("reach.chart.number", tick), "x", Svg.number(layout.left() - 6),
                    "y", Svg.number(y + 4), "text-anchor", "end");
        }
        for (int i = 0; i < points.size(); i += layout.labelEvery()) {
            double x = layout.x(i);
            svg.empty("line", "x1", Svg.number(x), "y1", Svg.number(layout.y(0)), "x2", Svg.number(x),
                    "y2", Svg.number(layout.y(0) + 5), "stroke", Palette.MUTED, "stroke-width", "1");
            svg.element("text", points.get(i).label(), "x", Svg.number(x), "y", Svg.number(layout.y(0) + 20),
                    "text-anchor", "middle");
        }
        svg.close("g");

        for (String segment : segments(points, layout)) {
            svg.empty("path", "d", segment, "fill", "none", "stroke", Palette.LINE, "stroke-width", "2.5",
                    "stroke-linejoin", "round", "stroke-linecap", "round");
        }
        for (int i = 0; i < points.size(); i++) {
            ChartPoint point = points.get(i);
            String title = Messages.get("reach.chart.area", point.label(), point.valueText());
            double x = layout.x(i);
            if (point.suppressed()) {
                double top = layout.y(5);
                svg.open("rect", "x", Svg.number(x - 4), "y", Svg.number(top), "width", "8",
                                "height", Svg.number(Math.max(layout.y(0) - top, 4)), "fill", Palette.WHITE,
                                "stroke", Palette.LINE, "stroke-width", "1.5", "stroke-dasharray", "3 2")
                        .element("title", title).close("rect");
            } else {
                svg.open("circle", "cx", Svg.number(x), "cy", Svg.number(layout.y(point.value())), "r", "3.5",
                        "fill", Palette.LINE).element("title", title).close("circle");
            }
        }
        return svg.finish();
    }

    /** The line through each run of known points; a hidden count breaks it. */
    private static List<String> segments(List<ChartPoint> points, Layout layout) {
        List<String> segments = new ArrayList<>();
        StringBuilder d = new StringBuilder();
        int length = 0;
        for (int i = 0; i <= points.size(); i++) {
            if (i == points.size() || points.get(i).suppressed()) {
                if (length > 1) {
                    segments.add(d.toString());
                }
                d.setLength(0);
                length = 0;
                continue;
            }
            d.append(length == 0 ? 'M' : 'L').append(Svg.number(layout.x(i))).append(' ')
                    .append(Svg.number(layout.y(points.get(i).value())));
            length++;
        }
        return segments;
    }

    /** Where the parts of a line chart go, the same for the SVG and the PDF. */
    record Layout(double left, double right, double width, double height, long top, long step, int count,
                  int labelEvery) {

        /** Room above the plot for the value axis's name. */
        static final double TOP = 30;
        static final double RIGHT = 16;
        /** Room below the plot for the labels and the category axis's name. */
        static final double BOTTOM = 50;

        static Layout of(List<ChartPoint> points, double width, double height, BarChart.TextMeasure measure,
                         double fontSize) {
            long largest = points.stream().filter(p -> !p.suppressed()).mapToLong(ChartPoint::value).max().orElse(0);
            if (points.stream().anyMatch(ChartPoint::suppressed)) {
                largest = Math.max(largest, 5);
            }
            long step = niceStep(largest);
            long top = Math.max(step, (largest + step - 1) / step * step);
            // the first and the last label are centred under their points: the margins hold their halves
            double left = Math.max(measure.width(Messages.get("reach.chart.number", top), fontSize) + 14,
                    measure.width(points.getFirst().label(), fontSize) / 2 + 2);
            double widest = points.stream().mapToDouble(p -> measure.width(p.label(), fontSize)).max().orElse(0);
            double right = Math.max(RIGHT, widest / 2 + 2);
            double plot = width - left - right;
            int fitting = Math.max(1, (int) (plot / (widest + 12)) + 1);
            int labelEvery = Math.max(1, (int) Math.ceil((double) points.size() / fitting));
            return new Layout(left, right, width, height, top, step, points.size(), labelEvery);
        }

        double plotWidth() {
            return width - left - right;
        }

        /** A step of 1, 2 or 5 times a power of ten giving about four to five ticks up to {@code max}. */
        static long niceStep(long max) {
            if (max <= 4) {
                return 1;
            }
            double raw = max / 4.0;
            long power = 1;
            while (power * 10 <= raw) {
                power *= 10;
            }
            for (long factor : new long[] {1, 2, 5, 10}) {
                if (factor * power >= raw) {
                    return factor * power;
                }
            }
            return 10 * power;
        }

        List<Long> ticks() {
            List<Long> ticks = new ArrayList<>();
            for (long tick = 0; tick <= top; tick += step) {
                ticks.add(tick);
            }
            return ticks;
        }

        double x(int index) {
            double plot = plotWidth();
            return count == 1 ? left + plot / 2 : left + plot * index / (count - 1);
        }

        /** Downwards from the top, as in SVG. */
        double y(long value) {
            return TOP + (height - TOP - BOTTOM) * (1 - (double) value / top);
        }
    }
}

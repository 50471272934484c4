package se.kunskapsnav.reach.charts;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineChartTest {

    private static final ChartCaption CAPTION = new ChartCaption("manader", "Deltaganden per månad",
            "Hur många deltaganden varje månad hade.");
    private static final ChartAxes AXES = new ChartAxes("Månad", "Deltaganden");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt",
            "nov", "dec"};

    @Test
    void chartIsANamedImageWithAPointPerMonth() {
        List<ChartPoint> points = List.of(point("jan 2025", 10), point("feb 2025", 40), point("mar 2025", 25));

        SvgDocument svg = SvgDocument.parse(LineChart.svg(CAPTION, AXES, points));

        svg.assertAccessibleImage("Deltaganden per månad", "Hur många deltaganden varje månad hade.");
        assertEquals(3, svg.all("circle").size());
        assertTrue(svg.texts().containsAll(List.of("jan 2025", "feb 2025", "mar 2025", "0", "40")), svg.texts().toString());
        svg.shapeTitled("feb 2025: 40");
        assertTrue(svg.texts().containsAll(List.of("Månad", "Deltaganden")), "both axes are named");
    }

    @Test
    void longMonthNamesAreNeverCutAtTheEdges() {
        List<ChartPoint> points = new ArrayList<>();
        for (String month : List.of("september 2026", "oktober 2026", "november 2026", "december 2026")) {
            points.add(point(month, 12));
        }

        SvgDocument svg = SvgDocument.parse(LineChart.svg(CAPTION, AXES, points));

        List<Element> labels = svg.all("text").stream().filter(t -> t.getTextContent().endsWith("2026")).toList();
        assertEquals("september 2026", labels.getFirst().getTextContent());
        for (Element label : labels) {
            double half = Svg.textWidth(label.getTextContent(), 14) / 2;
            double x = SvgDocument.number(label, "x");
            assertTrue(x - half >= 0 && x + half <= LineChart.WIDTH, label.getTextContent() + " is cut at " + x);
        }
    }

    @Test
    void pointsStandAtTheirFiguresOnTheAxis() {
        List<ChartPoint> points = List.of(point("jan", 0), point("feb", 40), point("mar", 20));

        SvgDocument svg = SvgDocument.parse(LineChart.svg(CAPTION, AXES, points));

        double zero = cy(svg, "jan: 0");
        double forty = cy(svg, "feb: 40");
        double twenty = cy(svg, "mar: 20");
        assertTrue(forty < twenty && twenty < zero, "higher figures stand higher");
        assertEquals((zero + forty) / 2, twenty, 0.15);
        Element zeroLine = svg.all("line").stream().filter(l -> l.getAttribute("stroke").equals(Palette.MUTED)
                && l.getAttribute("y1").equals(l.getAttribute("y2")) && SvgDocument.number(l, "y1") == zero)
                .findFirst().orElseThrow(() -> new AssertionError("no axis line at 0"));
        assertEquals(zero, SvgDocument.number(zeroLine, "y1"));
        List<Double> xs = svg.all("circle").stream().map(c -> SvgDocument.number(c, "cx")).toList();
        assertEquals(xs.get(1) - xs.get(0), xs.get(2) - xs.get(1), 0.15, "months are evenly spaced (to a tenth)");
    }

    @Test
    void tenYearsOfMonthsShowFewEnoughLabelsThatNoneOverlap() {
        List<ChartPoint> points = new ArrayList<>();
        for (int year = 2016; year <= 2025; year++) {
            for (String month : MONTHS) {
                points.add(point(month + " " + year, 100 + year % 7 * 10));
            }
        }

        SvgDocument svg = SvgDocument.parse(LineChart.svg(CAPTION, AXES, points));

        assertEquals(120, svg.all("circle").size());
        List<Element> labels = svg.all("text").stream().filter(t -> t.getTextContent().matches("[a-z]{3} \\d{4}"))
                .toList();
        assertTrue(labels.size() >= 4 && labels.size() <= 12, labels.size() + " labels");
        assertEquals("jan 2016", labels.getFirst().getTextContent());
        for (int i = 1; i < labels.size(); i++) {
            double gap = SvgDocument.number(labels.get(i), "x") - SvgDocument.number(labels.get(i - 1), "x");
            assertTrue(gap > Svg.textWidth("jan 2016", 14), "labels " + i + " and " + (i - 1) + " overlap");
        }
    }

    @Test
    void hiddenCountBreaksTheLineAndShowsAsADashedBox() {
        List<ChartPoint> points = List.of(point("jan", 30), point("feb", 40),
                new ChartPoint("mar", null, "färre än 5"), point("apr", 20), point("maj", 25));

        SvgDocument svg = SvgDocument.parse(LineChart.svg(CAPTION, AXES, points));

        assertEquals(2, svg.all("path").size(), "two pieces of line");
        Element box = svg.shapeTitled("mar: färre än 5");
        assertEquals("rect", box.getLocalName());
        assertTrue(box.hasAttribute("stroke-dasharray"));
        assertEquals(4, svg.all("circle").size());
    }

    @Test
    void niceStepsGiveRoundTicks() {
        assertEquals(1, LineChart.Layout.niceStep(3));
        assertEquals(2, LineChart.Layout.niceStep(7));
        assertEquals(10, LineChart.Layout.niceStep(40));
        assertEquals(50, LineChart.Layout.niceStep(170));
        assertEquals(500, LineChart.Layout.niceStep(1999));
    }

    @Test
    void noPointsSaySo() {
        SvgDocument svg = SvgDocument.parse(LineChart.svg(CAPTION, AXES, List.of()));

        assertEquals(List.of("Inga uppgifter att visa."), svg.texts());
    }

    private static ChartPoint point(String label, long value) {
        return new ChartPoint(label, value, Long.toString(value));
    }

    private static double cy(SvgDocument svg, String title) {
        return SvgDocument.number(svg.shapeTitled(title), "cy");
    }
}

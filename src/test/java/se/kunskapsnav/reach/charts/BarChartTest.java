package se.kunskapsnav.reach.charts;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BarChartTest {

    private static final ChartCaption CAPTION = new ChartCaption("yrken", "Deltagare per yrke",
            "Hur många deltagare varje yrke hade.");
    private static final ChartAxes AXES = new ChartAxes("Yrke", "Personer");
    private static final List<ChartBar> BARS = List.of(
            new ChartBar("Socialsekreterare", 400L, "400"),
            new ChartBar("Kvinnofridssamordnare/samordnare", 100L, "100"),
            new ChartBar("Politiker/förtroendevald", null, "färre än 5"),
            new ChartBar("Enhetschef", 50L, "50"),
            new ChartBar("Annan", 0L, "0"));

    @Test
    void chartIsANamedImageWithEveryLabelAndFigure() {
        SvgDocument svg = SvgDocument.parse(BarChart.svg(CAPTION, AXES, BARS));

        svg.assertAccessibleImage("Deltagare per yrke", "Hur många deltagare varje yrke hade.");
        assertTrue(svg.texts().containsAll(List.of("Socialsekreterare", "Kvinnofridssamordnare/samordnare",
                "Politiker/förtroendevald", "Enhetschef", "Annan", "400", "100", "färre än 5", "50", "0")),
                svg.texts().toString());
        svg.shapeTitled("Politiker/förtroendevald: färre än 5");
        assertEquals("Yrke", svg.texts().getFirst(), "the labels' name heads them");
        assertEquals("Personer", svg.texts().getLast(), "the figures' name stands under the bars");
    }

    @Test
    void eachLabelStandsWholeAboveItsBarInsideTheChart() {
        SvgDocument svg = SvgDocument.parse(BarChart.svg(CAPTION, AXES, BARS));

        Element label = svg.all("text").stream()
                .filter(t -> t.getTextContent().equals("Kvinnofridssamordnare/samordnare")).findFirst().orElseThrow();
        Element bar = svg.all("rect").get(1);
        assertTrue(SvgDocument.number(label, "y") < SvgDocument.number(bar, "y"), "label above its bar");
        for (Element text : svg.all("text")) {
            double x = SvgDocument.number(text, "x");
            assertTrue(x >= 0 && x + Svg.textWidth(text.getTextContent(), 14) <= BarChart.WIDTH,
                    text.getTextContent() + " runs out of the chart");
        }
    }

    @Test
    void largestBarFillsTheWidthAndTheOthersAreInProportion() {
        SvgDocument svg = SvgDocument.parse(BarChart.svg(CAPTION, AXES, BARS));

        List<Element> bars = svg.all("rect").stream().filter(r -> r.getAttribute("fill").equals(Palette.BAR)).toList();
        assertEquals(3, bars.size(), "a bar of 0 and a hidden count have no filled bar");
        double largest = SvgDocument.number(bars.get(0), "width");
        assertEquals(0.25, SvgDocument.number(bars.get(1), "width") / largest, 0.005);
        assertEquals(0.125, SvgDocument.number(bars.get(2), "width") / largest, 0.005);
        double start = SvgDocument.number(bars.get(0), "x");
        bars.forEach(bar -> assertEquals(start, SvgDocument.number(bar, "x")));
        // the largest bar takes all the room left of the widest figure
        BarChart.Layout layout = BarChart.Layout.stacked(BARS, BarChart.WIDTH, Svg::textWidth, 14);
        assertEquals(0, start, 0.1);
        assertEquals(layout.barWidth(), largest, 0.1);
        double end = start + largest;
        assertTrue(end + Svg.textWidth("färre än 5", 14) <= BarChart.WIDTH, "the widest figure fits after it");
        assertTrue(end > BarChart.WIDTH * 0.75, "ends at " + end);
    }

    @Test
    void hiddenCountIsADashedOutlineAsLongAsFive() {
        SvgDocument svg = SvgDocument.parse(BarChart.svg(CAPTION, AXES, List.of(new ChartBar("Polis", 50L, "50"),
                new ChartBar("Åklagare", null, "färre än 5"))));

        Element largest = svg.all("rect").stream().filter(r -> r.getAttribute("fill").equals(Palette.BAR))
                .findFirst().orElseThrow();
        Element outline = svg.all("rect").stream().filter(r -> r.hasAttribute("stroke-dasharray"))
                .findFirst().orElseThrow();
        assertEquals(Palette.WHITE, outline.getAttribute("fill"));
        // width as long as 5 of 50, less the outline's own thickness
        assertEquals(0.1, (SvgDocument.number(outline, "width") + 1.5) / SvgDocument.number(largest, "width"),
                0.005);
    }

    @Test
    void scaleReachesFiveWhenOnlyHiddenCountsAreShown() {
        SvgDocument svg = SvgDocument.parse(BarChart.svg(CAPTION, AXES, List.of(new ChartBar("Polis", null, "färre än 5"),
                new ChartBar("Åklagare", 0L, "0"))));

        assertEquals(1, svg.all("rect").stream().filter(r -> r.hasAttribute("stroke-dasharray")).count());
    }

    @Test
    void longLabelsAreShortenedButKeptWholeInTheTitle() {
        String label = "Handläggare inom socialtjänstens myndighetsutövning för vuxna och barn med särskilda behov";
        SvgDocument svg = SvgDocument.parse(BarChart.svg(CAPTION, AXES, List.of(new ChartBar(label, 3L, "3"))));

        String shown = svg.texts().get(1);
        assertTrue(shown.endsWith("…") && label.startsWith(shown.substring(0, shown.length() - 1)), shown);
        assertTrue(Svg.textWidth(shown, 14) <= BarChart.WIDTH, shown);
        svg.shapeTitled(label + ": 3");
    }

    @Test
    void noBarsSaySo() {
        SvgDocument svg = SvgDocument.parse(BarChart.svg(CAPTION, AXES, List.of()));

        svg.assertAccessibleImage("Deltagare per yrke", "Hur många deltagare varje yrke hade.");
        assertEquals(List.of("Inga uppgifter att visa."), svg.texts());
    }
}

package se.kunskapsnav.reach.charts;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BarChartTest {

    private static final ChartCaption CAPTION = new ChartCaption("yrken", "Deltagare per yrke",
            "Hur många deltagare varje yrke hade.");
    private static final List<ChartBar> BARS = List.of(
            new ChartBar("Socialsekreterare", 400L, "400"),
            new ChartBar("Kvinnofridssamordnare/samordnare", 100L, "100"),
            new ChartBar("Politiker/förtroendevald", null, "färre än 5"),
            new ChartBar("Enhetschef", 50L, "50"),
            new ChartBar("Annan", 0L, "0"));

    @Test
    void chartIsANamedImageWithEveryLabelAndFigure() {
        SvgDocument svg = SvgDocument.parse(BarChart.svg(CAPTION, BARS));

        svg.assertAccessibleImage("Deltagare per yrke", "Hur många deltagare varje yrke hade.");
        assertTrue(svg.texts().containsAll(List.of("Socialsekreterare", "Kvinnofridssamordnare/samordnare",
                "Politiker/förtroendevald", "Enhetschef", "Annan", "400", "100", "färre än 5", "50", "0")),
                svg.texts().toString());
        svg.shapeTitled("Politiker/förtroendevald: färre än 5");
    }

    @Test
    void largestBarFillsTheWidthAndTheOthersAreInProportion() {
        SvgDocument svg = SvgDocument.parse(BarChart.svg(CAPTION, BARS));

        List<Element> bars = svg.all("rect").stream().filter(r -> r.getAttribute("fill").equals(Palette.BAR)).toList();
        assertEquals(3, bars.size(), "a bar of 0 and a hidden count have no filled bar");
        double largest = SvgDocument.number(bars.get(0), "width");
        assertEquals(0.25, SvgDocument.number(bars.get(1), "width") / largest, 0.005);
        assertEquals(0.125, SvgDocument.number(bars.get(2), "width") / largest, 0.005);
        double start = SvgDocument.number(bars.get(0), "x");
        bars.forEach(bar -> assertEquals(start, SvgDocument.number(bar, "x")));
        // the largest bar takes all the room between the labels and the widest figure
        BarChart.Layout layout = BarChart.Layout.of(BARS, BarChart.WIDTH, Svg::textWidth, 13);
        assertEquals(layout.labelWidth(), start, 0.1);
        assertEquals(layout.barWidth(), largest, 0.1);
        double end = start + largest;
        assertTrue(end + Svg.textWidth("färre än 5", 13) <= BarChart.WIDTH, "the widest figure fits after it");
        assertTrue(end > BarChart.WIDTH * 0.8, "ends at " + end);
    }

    @Test
    void hiddenCountIsADashedOutlineAsLongAsFive() {
        SvgDocument svg = SvgDocument.parse(BarChart.svg(CAPTION, List.of(new ChartBar("Polis", 50L, "50"),
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
        SvgDocument svg = SvgDocument.parse(BarChart.svg(CAPTION, List.of(new ChartBar("Polis", null, "färre än 5"),
                new ChartBar("Åklagare", 0L, "0"))));

        assertEquals(1, svg.all("rect").stream().filter(r -> r.hasAttribute("stroke-dasharray")).count());
    }

    @Test
    void longLabelsAreShortenedButKeptWholeInTheTitle() {
        String label = "Handläggare inom socialtjänstens myndighetsutövning för vuxna och barn med särskilda behov";
        SvgDocument svg = SvgDocument.parse(BarChart.svg(CAPTION, List.of(new ChartBar(label, 3L, "3"))));

        String shown = svg.texts().getFirst();
        assertTrue(shown.endsWith("…") && label.startsWith(shown.substring(0, shown.length() - 1)), shown);
        assertTrue(Svg.textWidth(shown, 13) <= BarChart.WIDTH * 0.4, shown);
        svg.shapeTitled(label + ": 3");
    }

    @Test
    void noBarsSaySo() {
        SvgDocument svg = SvgDocument.parse(BarChart.svg(CAPTION, List.of()));

        svg.assertAccessibleImage("Deltagare per yrke", "Hur många deltagare varje yrke hade.");
        assertEquals(List.of("Inga uppgifter att visa."), svg.texts());
    }
}

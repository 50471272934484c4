package se.kunskapsnav.reach.charts;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReachMapTest {

    private static final ChartCaption CAPTION = new ChartCaption("karta", "Personer per kommun 2025",
            "Hur många personer från varje kommun som deltog.");
    private static final String HIDDEN = "färre än 5";

    @Test
    void municipalityMapHasEveryMunicipalitysBoundaryFocusableAndNamedWithItsFigure() {
        SvgDocument svg = SvgDocument.parse(ReachMap.municipalities(CAPTION, stockholm()));

        Element root = svg.root();
        assertEquals("group", root.getAttribute("role"), "an image's parts would be hidden from screen readers");
        assertEquals("karta-title", root.getAttribute("aria-labelledby"));
        assertEquals("karta-desc", root.getAttribute("aria-describedby"));
        List<Element> areas = svg.all("g").stream().filter(g -> g.hasAttribute("aria-label")).toList();
        assertEquals(290, areas.size());
        for (Element area : areas) {
            assertEquals("0", area.getAttribute("tabindex"));
            assertEquals("img", area.getAttribute("role"));
            Element path = (Element) area.getElementsByTagNameNS("*", "path").item(0);
            assertTrue(path.getAttribute("d").matches("(M[-0-9. L]+Z)+"), area.getAttribute("aria-label"));
        }
        Element nynashamn = (Element) svg.area("Nynäshamn: 412 personer").getParentNode();
        assertEquals("Nynäshamn: 412 personer", nynashamn.getAttribute("aria-label"));
        // the label the style sheet shows while the area has focus: name, then figure
        assertEquals("Nynäshamn412 personer", nynashamn.getElementsByTagNameNS("*", "text").item(0).getTextContent());
        svg.area("Göteborg: utanför urvalet");
    }

    @Test
    void oneIsOnePersonAndTheMapFitsInsideItsViewBox() {
        SvgDocument svg = SvgDocument.parse(ReachMap.municipalities(CAPTION, Map.of("2584", new MapValue(1L, "1"))));

        svg.area("Kiruna: 1 person");
        String[] box = svg.root().getAttribute("viewBox").split(" ");
        double width = Double.parseDouble(box[2]);
        double height = Double.parseDouble(box[3]);
        for (Element area : svg.all("path")) {
            for (String point : area.getAttribute("d").split("[MLZ]")) {
                if (!point.isBlank()) {
                    String[] xy = point.trim().split(" ");
                    double x = Double.parseDouble(xy[0]);
                    double y = Double.parseDouble(xy[1]);
                    assertTrue(x >= 0 && x <= width && y >= 0 && y <= height, point);
                }
            }
        }
        assertTrue(height > width * 1.8, "Sweden is tall: " + width + " × " + height);
    }

    @Test
    void simplifiedMapStaysSmall() {
        int bytes = ReachMap.municipalities(CAPTION, stockholm()).getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes < 150_000, bytes + " bytes");
    }

    @Test
    void municipalitiesAreColouredByClassFromLightToDark() {
        SvgDocument svg = SvgDocument.parse(ReachMap.municipalities(CAPTION, stockholm()));

        // quartiles of the 24 figures: 30, 80 and 140
        String fewest = svg.area("Norrtälje: 5 personer").getAttribute("fill");
        String some = svg.area("Solna: 60 personer").getAttribute("fill");
        String more = svg.area("Stockholm: 140 personer").getAttribute("fill");
        String most = svg.area("Nynäshamn: 412 personer").getAttribute("fill");
        assertEquals(List.of(Palette.CLASSES[0], Palette.CLASSES[1], Palette.CLASSES[2], Palette.CLASSES[3]),
                List.of(fewest, some, more, most));
        // the same class, the same colour
        assertEquals(most, svg.area("Sigtuna: 390 personer").getAttribute("fill"));
        assertEquals(fewest, svg.area("Järfälla: 30 personer").getAttribute("fill"));
        assertEquals(some, svg.area("Huddinge: 35 personer").getAttribute("fill"));
        assertTrue(luminance(fewest) > luminance(some) && luminance(some) > luminance(more)
                && luminance(more) > luminance(most), "darker for more");
    }

    @Test
    void notReachedIsWhiteWithAnOutlineAndHiddenCountsAreHatched() {
        SvgDocument svg = SvgDocument.parse(ReachMap.municipalities(CAPTION, stockholm()));

        Element notReached = svg.area("Ekerö: 0 personer");
        assertEquals(Palette.NOT_REACHED, notReached.getAttribute("fill"));
        assertEquals(Palette.NOT_REACHED_STROKE, notReached.getAttribute("stroke"));
        Element hidden = svg.area("Vaxholm: " + HIDDEN + " personer");
        assertEquals("url(#karta-hidden)", hidden.getAttribute("fill"));
        assertTrue(svg.all("pattern").stream().anyMatch(p -> p.getAttribute("id").equals("karta-hidden")));
        Element outside = svg.area("Kiruna: utanför urvalet");
        assertEquals(Palette.OUTSIDE, outside.getAttribute("fill"));
    }

    @Test
    void legendExplainsEveryColourShownAndCreditsTheBoundaries() {
        String legend = ReachMap.legend("nyckel", "Antal personer", true, stockholm());

        SvgDocument html = SvgDocument.parse(legend);
        List<String> items = html.allHtml("li").stream().map(li -> li.getTextContent().strip()).toList();
        assertEquals(List.of("Inte nådd", "5–30", "31–80", "81–140", "141–412", "Färre än 5", "Utanför urvalet"),
                items);
        assertTrue(legend.contains("Antal personer"));
        assertTrue(legend.contains("Kommungränser: Valmyndigheten via okfse/sweden-geojson."), legend);
        assertTrue(html.all("pattern").stream().anyMatch(p -> p.getAttribute("id").equals("nyckel-hatch")));
        assertTrue(html.all("svg").stream().allMatch(s -> s.getAttribute("aria-hidden").equals("true")));
    }

    @Test
    void everyClassColourHasThreeToOneAgainstWhite() {
        for (String colour : Palette.CLASSES) {
            assertTrue(contrast(colour, "#ffffff") >= 3, colour + ": " + contrast(colour, "#ffffff"));
        }
        assertTrue(contrast(Palette.NOT_REACHED_STROKE, "#ffffff") >= 3);
        assertTrue(contrast(Palette.HATCH, Palette.HATCH_BACKGROUND) >= 3);
    }

    @Test
    void withoutHiddenCountsTheLegendDoesNotMentionThem() {
        SvgDocument svg = SvgDocument.parse(ReachMap.municipalities(CAPTION,
                Map.of("0180", new MapValue(12L, "12"))));

        assertFalse(ReachMap.legend("nyckel", "Antal personer", true, Map.of("0180", new MapValue(12L, "12")))
                .contains("Färre än 5"));
        assertEquals(Palette.CLASSES[2], svg.area("Stockholm: 12 personer").getAttribute("fill"),
                "one class is a middle blue, not the palest");
    }

    @Test
    void countyMapColoursCountiesAndNamesItsSource() {
        Map<String, MapValue> values = new LinkedHashMap<>();
        values.put("01", new MapValue(1200L, "1 200"));
        values.put("12", new MapValue(40L, "40"));
        values.put("25", new MapValue(0L, "0"));
        values.put("08", new MapValue(null, HIDDEN));

        SvgDocument svg = SvgDocument.parse(ReachMap.counties(new ChartCaption("lan", "Per län", "Personer per län."),
                values));

        svg.assertAccessibleImage("Per län", "Personer per län.");
        assertEquals(21, svg.all("path").size());
        String stockholm = svg.shapeTitled("Stockholm: 1 200").getAttribute("fill");
        String skane = svg.shapeTitled("Skåne: 40").getAttribute("fill");
        assertNotEquals(stockholm, skane);
        assertTrue(luminance(stockholm) < luminance(skane));
        assertEquals(Palette.NOT_REACHED, svg.shapeTitled("Norrbotten: 0").getAttribute("fill"));
        assertEquals("url(#lan-hidden)", svg.shapeTitled("Kalmar: " + HIDDEN).getAttribute("fill"));
        assertEquals(Palette.OUTSIDE, svg.shapeTitled("Gotland: utanför urvalet").getAttribute("fill"));
        assertTrue(ReachMap.legend("lan-nyckel", "Antal personer", false, values).contains("CC BY 4.0"),
                "the licence asks for attribution");
    }

    @Test
    void namesAndTextsAreEscaped() {
        String svg = ReachMap.counties(new ChartCaption("x", "A & B <län>", "\"citat\""),
                Map.of("01", new MapValue(3L, "<3>")));

        SvgDocument parsed = SvgDocument.parse(svg);
        parsed.assertAccessibleImage("A & B <län>", "\"citat\"");
        parsed.shapeTitled("Stockholm: <3>");
    }

    /**
     * The 26 municipalities of Stockholm county: 24 with a spread of figures (Norrtälje 5, Järfälla 30,
     * Huddinge 35, Solna 60, Stockholm 140, Sigtuna 390, Nynäshamn 412, …), Ekerö not reached and Vaxholm
     * hidden; the rest of Sweden left out.
     */
    private static Map<String, MapValue> stockholm() {
        long[] figures = {5, 8, 12, 20, 27, 30, 35, 40, 45, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 200, 260,
                300, 390, 412};
        String[] codes = {"0188", "0114", "0115", "0117", "0120", "0123", "0126", "0127", "0128", "0184", "0136",
                "0138", "0139", "0140", "0160", "0162", "0163", "0180", "0182", "0181", "0183", "0186", "0191",
                "0192"};
        Map<String, MapValue> values = new LinkedHashMap<>();
        for (int i = 0; i < codes.length; i++) {
            values.put(codes[i], new MapValue(figures[i], Long.toString(figures[i])));
        }
        values.put("0125", new MapValue(0L, "0"));
        values.put("0187", new MapValue(null, HIDDEN));
        return values;
    }

    private static double contrast(String a, String b) {
        double la = relativeLuminance(a);
        double lb = relativeLuminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double relativeLuminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double[] channels = {(rgb >> 16) / 255.0, (rgb >> 8 & 0xff) / 255.0, (rgb & 0xff) / 255.0};
        for (int i = 0; i < 3; i++) {
            channels[i] = channels[i] <= 0.03928 ? channels[i] / 12.92 : Math.pow((channels[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * (rgb >> 16) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff);
    }
}

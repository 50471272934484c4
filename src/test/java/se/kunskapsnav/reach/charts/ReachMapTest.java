package se.kunskapsnav.reach.charts;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

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
    void municipalityMapIsANamedImageWithATitlePerMunicipality() {
        SvgDocument svg = SvgDocument.parse(ReachMap.municipalities(CAPTION, "Antal personer", stockholm()));

        svg.assertAccessibleImage("Personer per kommun 2025", "Hur många personer från varje kommun som deltog.");
        assertEquals(290, svg.all("rect").stream()
                .filter(r -> r.getElementsByTagNameNS("*", "title").getLength() == 1).count());
        svg.shapeTitled("Nynäshamn: 412");
        svg.shapeTitled("Göteborg: utanför urvalet");
    }

    @Test
    void municipalitiesAreColouredByClassFromLightToDark() {
        SvgDocument svg = SvgDocument.parse(ReachMap.municipalities(CAPTION, "Antal personer", stockholm()));

        // quartiles of the 24 figures: 30, 80 and 140
        String fewest = svg.shapeTitled("Norrtälje: 5").getAttribute("fill");
        String some = svg.shapeTitled("Solna: 60").getAttribute("fill");
        String more = svg.shapeTitled("Stockholm: 140").getAttribute("fill");
        String most = svg.shapeTitled("Nynäshamn: 412").getAttribute("fill");
        assertEquals(List.of(Palette.CLASSES[0], Palette.CLASSES[1], Palette.CLASSES[2], Palette.CLASSES[3]),
                List.of(fewest, some, more, most));
        // the same class, the same colour
        assertEquals(most, svg.shapeTitled("Sigtuna: 390").getAttribute("fill"));
        assertEquals(fewest, svg.shapeTitled("Järfälla: 30").getAttribute("fill"));
        assertEquals(some, svg.shapeTitled("Huddinge: 35").getAttribute("fill"));
        assertTrue(luminance(fewest) > luminance(some) && luminance(some) > luminance(more)
                && luminance(more) > luminance(most), "darker for more");
    }

    @Test
    void notReachedIsWhiteWithAnOutlineAndHiddenCountsAreHatched() {
        SvgDocument svg = SvgDocument.parse(ReachMap.municipalities(CAPTION, "Antal personer", stockholm()));

        Element notReached = svg.shapeTitled("Ekerö: 0");
        assertEquals(Palette.NOT_REACHED, notReached.getAttribute("fill"));
        assertEquals(Palette.NOT_REACHED_STROKE, notReached.getAttribute("stroke"));
        Element hidden = svg.shapeTitled("Vaxholm: " + HIDDEN);
        assertEquals("url(#karta-hidden)", hidden.getAttribute("fill"));
        assertTrue(svg.all("pattern").stream().anyMatch(p -> p.getAttribute("id").equals("karta-hidden")));
        Element outside = svg.shapeTitled("Kiruna: utanför urvalet");
        assertEquals(Palette.OUTSIDE, outside.getAttribute("fill"));
    }

    @Test
    void legendExplainsEveryColourShown() {
        SvgDocument svg = SvgDocument.parse(ReachMap.municipalities(CAPTION, "Antal personer", stockholm()));

        List<String> texts = svg.texts();
        assertTrue(texts.containsAll(List.of("Antal personer", "Inte nådd", "Färre än 5", "Utanför urvalet")), texts.toString());
        assertTrue(texts.containsAll(List.of("5–30", "31–80", "81–140", "141–412")), texts.toString());
        assertTrue(texts.contains("Stockholm"), "county names over their blocks: " + texts);
    }

    @Test
    void withoutHiddenCountsTheLegendDoesNotMentionThem() {
        SvgDocument svg = SvgDocument.parse(ReachMap.municipalities(CAPTION, "Antal personer",
                Map.of("0180", new MapValue(12L, "12"))));

        assertFalse(svg.texts().contains("Färre än 5"));
        assertEquals(Palette.CLASSES[2], svg.shapeTitled("Stockholm: 12").getAttribute("fill"),
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
                "Antal personer", values));

        svg.assertAccessibleImage("Per län", "Personer per län.");
        assertEquals(21, svg.all("path").size());
        String stockholm = svg.shapeTitled("Stockholm: 1 200").getAttribute("fill");
        String skane = svg.shapeTitled("Skåne: 40").getAttribute("fill");
        assertNotEquals(stockholm, skane);
        assertTrue(luminance(stockholm) < luminance(skane));
        assertEquals(Palette.NOT_REACHED, svg.shapeTitled("Norrbotten: 0").getAttribute("fill"));
        assertEquals("url(#lan-hidden)", svg.shapeTitled("Kalmar: " + HIDDEN).getAttribute("fill"));
        assertEquals(Palette.OUTSIDE, svg.shapeTitled("Gotland: utanför urvalet").getAttribute("fill"));
        assertTrue(String.join(" ", svg.texts()).contains("CC BY 4.0"), "the licence asks for attribution");
    }

    @Test
    void namesAndTextsAreEscaped() {
        String svg = ReachMap.counties(new ChartCaption("x", "A & B <län>", "\"citat\""), "Antal & andel",
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

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * (rgb >> 16) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff);
    }
}

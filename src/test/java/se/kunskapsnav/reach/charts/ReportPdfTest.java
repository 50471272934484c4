package se.kunskapsnav.reach.charts;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.kunskapsnav.testsupport.PdfStructure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportPdfTest {

    private static final Report REPORT = new Report("Räckvidd 2025: Västra Götalands län",
            "Västra Götalands län, 1 januari–31 december 2025",
            "315 personer från 94 kommuner, 7 regioner och 30 organisationer deltog i kursledarutbildningar 2025.",
            List.of(new Report.KeyFigure("personer", "315"), new Report.KeyFigure("kommuner nådda (57 %)", "94"),
                    new Report.KeyFigure("deltaganden", "1 204"), new Report.KeyFigure("regioner", "7")),
            List.of(new Report.Bars("Deltagare per yrke", List.of(new ChartBar("Socialsekreterare", 412L, "412"),
                            new ChartBar("Förskollärare", null, "färre än 5"))),
                    new Report.Line("Deltaganden per månad", List.of(new ChartPoint("jan 2025", 30L, "30"),
                            new ChartPoint("feb 2025", 45L, "45"), new ChartPoint("mar 2025", null, "färre än 5"))),
                    new Report.MapPart("Kommuner", true, "Antal personer",
                            Map.of("1480", new MapValue(210L, "210"), "1440", new MapValue(null, "färre än 5"))),
                    new Report.MapPart("Län", false, "Antal personer", Map.of("14", new MapValue(315L, "315"))),
                    new Report.Table("Per kurs", List.of("Kurs", "Deltagare", "Kommuner"),
                            List.of(List.of("Hedersrelaterat våld och förtryck", "157", "49"),
                                    List.of("Barn som upplever våld", "färre än 5", "3")))));

    @Test
    void reportOpensWithItsTitleLeadAndKeyFigures() throws IOException {
        String text = text(ReportPdf.render(REPORT));

        assertTrue(text.contains("Räckvidd 2025: Västra Götalands län"), text);
        assertTrue(text.contains("Västra Götalands län, 1 januari–31 december 2025"), text);
        assertTrue(text.contains("315 personer från 94 kommuner, 7 regioner och 30 organisationer"), text);
        assertTrue(text.contains("Nyckeltal"), text);
        for (String figure : List.of("315", "personer", "94", "kommuner nådda (57 %)", "1 204", "deltaganden")) {
            assertTrue(text.contains(figure), figure + " missing from: " + text);
        }
    }

    @Test
    void chartsAndTablesCarryTheirLabelsAndFigures() throws IOException {
        String text = text(ReportPdf.render(REPORT));

        for (String expected : List.of("Deltagare per yrke", "Socialsekreterare", "412", "Förskollärare",
                "färre än 5", "Deltaganden per månad", "jan 2025", "Per kurs", "Hedersrelaterat våld och förtryck",
                "Barn som upplever våld", "Antal personer", "Inte nådd", "Färre än 5", "Utanför urvalet",
                "Västra Götaland", "CC BY 4.0", "Sida 1")) {
            assertTrue(text.contains(expected), expected + " missing from: " + text);
        }
    }

    @Test
    void documentIsNamedAndSwedish() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(ReportPdf.render(REPORT))) {
            assertEquals("Räckvidd 2025: Västra Götalands län", pdf.getDocumentInformation().getTitle());
            assertEquals("sv-SE", pdf.getDocumentCatalog().getLanguage());
            assertTrue(pdf.getNumberOfPages() >= 2);
        }
    }

    @Test
    void reportIsATaggedPdfWithHeadingsTablesAndFiguresThatSayTheirFigures() throws IOException {
        PdfStructure structure = PdfStructure.checked(ReportPdf.render(REPORT), "Räckvidd 2025: Västra Götalands län");

        List<String> types = structure.types();
        assertEquals("H1", types.getFirst(), types.toString());
        assertEquals(List.of("H1", "P", "P", "H2", "Table"), types.subList(0, 5), "title, subtitle, lead, key figures");
        assertEquals(6, structure.count("H2"), "key figures, two charts, two maps and a table: " + types);
        assertEquals(2, structure.count("Table"));
        assertEquals(5 + 3, structure.count("TR"), "a header and a row per figure or course: " + types);
        assertEquals(2 + 4 + 3 + 2, structure.count("TH"), "column headings and each row's first cell");
        assertEquals(4 + 2 * 2, structure.count("TD"));
        assertEquals(4, structure.count("Figure"));
        assertEquals(List.of("Stapeldiagram, Deltagare per yrke: Socialsekreterare 412; Förskollärare färre än 5.",
                        "Linjediagram, Deltaganden per månad: jan 2025 30; feb 2025 45; mar 2025 färre än 5."),
                structure.alternativeTexts().subList(0, 2));
        assertTrue(structure.alternativeTexts().get(2).startsWith("Karta, Kommuner:"));
    }

    @Test
    void aLongTableContinuesOnTheNextPagesWithItsRowsTaggedOnce() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of("Kommun " + i, Integer.toString(i)));
        }
        Report report = new Report("Kommuner", "Hela landet, 2025", "Alla kommuner.", List.of(),
                List.of(new Report.Table("Per kommun", List.of("Kommun", "Personer"), rows)));

        byte[] pdf = ReportPdf.render(report);

        PdfStructure structure = PdfStructure.checked(pdf, "Kommuner");
        assertEquals(121, structure.count("TR"), "the header repeated on later pages is an artifact");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 3, document.getNumberOfPages() + " pages");
        }
        String text = text(pdf);
        assertTrue(text.contains("Kommun 1 1 ") && text.contains("Kommun 120 120"), text);
    }

    @Test
    void aLongListOfBarsContinuesOnTheNextPicture() throws IOException {
        List<ChartBar> bars = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            bars.add(new ChartBar("Yrke " + i, (long) i, Integer.toString(i)));
        }
        Report report = new Report("Yrken", "Hela landet, 2025", "Alla yrken.", List.of(),
                List.of(new Report.Bars("Deltagare per yrke", bars)));

        String text = text(ReportPdf.render(report));

        assertTrue(text.contains("Yrke 1 ") && text.contains("Yrke 30 ") && text.contains("Yrke 45 "), text);
        assertTrue(!text.contains("Nyckeltal"), "no key figures, no heading for them");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}

package se.kunskapsnav.platform;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableExportTest {

    private static final List<String> HEADER = List.of("Namn", "Län", "Kommentar");

    @Test
    void csvStartsWithByteOrderMarkAndUsesSemicolonsAndCrLf() {
        byte[] csv = TableExport.csv(HEADER, List.of(List.of("Åsa", "Skåne län", "Bra")));

        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(csv[0], csv[1], csv[2]));
        assertEquals("\uFEFFNamn;Län;Kommentar\r\nÅsa;Skåne län;Bra\r\n", new String(csv, StandardCharsets.UTF_8));
    }

    @Test
    void csvFieldsWithSeparatorsQuotesAndLineBreaksReadBackUnchanged() {
        List<List<String>> rows = List.of(
                List.of("Per \"Pelle\" Persson", "Västra Götalands län", "ett; två\r\ntre"),
                List.of("", "Norrbottens län", "rad ett\nrad två"));

        List<List<String>> parsed = parseCsv(TableExport.csv(HEADER, rows));

        assertEquals(HEADER, parsed.getFirst());
        assertEquals(rows, parsed.subList(1, parsed.size()));
    }

    @Test
    void csvCellsThatLookLikeFormulasGetALeadingApostrophe() {
        List<List<String>> rows = List.of(
                List.of("=HYPERLINK(\"http://evil.example\";\"klicka\")", "+46701234567", "-1"),
                List.of("@SUM(A1)", "\tflik", "\rretur"),
                List.of("a=b", "1-2", "e-post@example.se"));

        List<List<String>> parsed = parseCsv(TableExport.csv(HEADER, rows));

        assertEquals(List.of("'=HYPERLINK(\"http://evil.example\";\"klicka\")", "'+46701234567", "'-1"), parsed.get(1));
        assertEquals(List.of("'@SUM(A1)", "'\tflik", "'\rretur"), parsed.get(2));
        assertEquals(List.of("a=b", "1-2", "e-post@example.se"), parsed.get(3));
    }

    @Test
    void xlsxHasBoldFrozenFilteredHeaderAndTextCells() throws IOException {
        List<List<String>> rows = List.of(
                List.of("Åsa Öberg", "Jämtlands län", "=HYPERLINK(\"http://evil.example\",\"klicka\")"),
                List.of("Per", "Skåne län", "0701234567"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                TableExport.xlsx("Deltagare: vår/höst", HEADER, rows)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertEquals("Deltagare  vår höst", sheet.getSheetName(), "characters Excel forbids become spaces");
            Row header = sheet.getRow(0);
            assertEquals("Län", header.getCell(1).getStringCellValue());
            assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow());
            assertEquals("A1:C3", sheet.getCTWorksheet().getAutoFilter().getRef());

            assertEquals("Åsa Öberg", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(2).getCellType());
            assertEquals("=HYPERLINK(\"http://evil.example\",\"klicka\")",
                    sheet.getRow(1).getCell(2).getStringCellValue());
            assertEquals(CellType.STRING, sheet.getRow(2).getCell(2).getCellType());
            assertEquals("0701234567", sheet.getRow(2).getCell(2).getStringCellValue());
            assertTrue(sheet.getColumnWidth(2) > sheet.getColumnWidth(1), "the widest text gets the widest column");
        }
    }

    @Test
    void severalTablesFollowOneAnotherInCsvUnderTheirTitles() {
        byte[] csv = TableExport.csv(List.of(
                new TableExport.Table("Yrke", List.of("Yrke", "Personer"), List.of(List.of("Kurator", "färre än 5"))),
                new TableExport.Table("Månad", List.of("Månad", "Personer"), List.of(List.of("mars 2026", "12")))));

        assertEquals("\uFEFFYrke\r\nYrke;Personer\r\nKurator;färre än 5\r\n\r\n"
                + "Månad\r\nMånad;Personer\r\nmars 2026;12\r\n", new String(csv, StandardCharsets.UTF_8));
    }

    @Test
    void severalTablesAreOneSheetEachWithNamesExcelAccepts() throws IOException {
        String longTitle = "Personer per befolkningsstorlek i kommunen";
        byte[] xlsx = TableExport.xlsx(List.of(
                new TableExport.Table("Per kommun", List.of("Kommun", "Personer"), List.of(List.of("Luleå", "7"))),
                new TableExport.Table(longTitle, List.of("Storlek"), List.of()),
                new TableExport.Table(longTitle, List.of("Storlek"), List.of()),
                new TableExport.Table("per kommun", List.of("Kommun"), List.of())));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(4, workbook.getNumberOfSheets());
            assertEquals("Per kommun", workbook.getSheetName(0));
            assertEquals("Luleå", workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
            assertEquals(longTitle.substring(0, 31), workbook.getSheetName(1));
            assertEquals(longTitle.substring(0, 27) + " (2)", workbook.getSheetName(2));
            assertEquals("per kommun (2)", workbook.getSheetName(3), "Excel tells names apart ignoring case");
            assertTrue(workbook.getFontAt(workbook.getSheetAt(1).getRow(0).getCell(0).getCellStyle().getFontIndex())
                    .getBold());
        }
    }

    /** A strict reader of what Excel expects, independent of TableExport's writing code. */
    private static List<List<String>> parseCsv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertTrue(c != '\r' && c != '\n', "bare line break outside quotes at " + i);
                field.append(c);
            }
        }
        assertTrue(row.isEmpty() && field.isEmpty(), "the last row ends in CR LF");
        return rows;
    }
}

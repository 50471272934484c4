package se.kunskapsnav.platform;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tables for download: CSV that Swedish Excel opens as it is, and XLSX. Every cell is text. A report of
 * several tables is one CSV with the tables one after the other (each under its title, a blank line
 * between), or one workbook with a sheet per table.
 */
public final class TableExport {

    /** One table of a report: its title (the CSV section's first line, the sheet's name), header and rows. */
    public record Table(String title, List<String> header, List<List<String>> rows) {

        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    private static final String BOM = "\uFEFF";
    private static final char SEPARATOR = ';';
    private static final int MIN_COLUMN_CHARS = 8;
    private static final int MAX_COLUMN_CHARS = 60;
    /** Excel's limit on a sheet name. */
    private static final int SHEET_NAME_CHARS = 31;

    private TableExport() {
    }

    /** UTF-8 with a byte order mark, since Excel otherwise reads the file as Windows-1252. */
    public static byte[] csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(BOM);
        csvRow(out, header);
        rows.forEach(row -> csvRow(out, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Several tables in one file: each table's title on a line of its own, its header and rows; a blank line between. */
    public static byte[] csv(List<Table> tables) {
        StringBuilder out = new StringBuilder(BOM);
        for (int i = 0; i < tables.size(); i++) {
            Table table = tables.get(i);
            if (i > 0) {
                out.append("\r\n");
            }
            csvRow(out, List.of(table.title()));
            csvRow(out, table.header());
            table.rows().forEach(row -> csvRow(out, row));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows) {
        return xlsx(List.of(new Table(sheetName, header, rows)));
    }

    /** One sheet per table, named after its title (made safe, shortened and told apart when two are alike). */
    public static byte[] xlsx(List<Table> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // "@" marks cells as text, so Excel keeps them as text when a person edits them
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            bold.cloneStyleFrom(text);
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold.setFont(boldFont);
            Set<String> sheetNames = new HashSet<>();
            for (Table table : tables) {
                xlsxSheet(workbook.createSheet(sheetName(table.title(), sheetNames)), table, text, bold);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the spreadsheet", e);
        }
    }

    private static void xlsxSheet(Sheet sheet, Table table, CellStyle text, CellStyle bold) {
        int columns = table.header().size();
        int[] widths = new int[columns];
        xlsxRow(sheet, 0, table.header(), bold, widths);
        for (int i = 0; i < table.rows().size(); i++) {
            xlsxRow(sheet, i + 1, table.rows().get(i), text, widths);
        }
        for (int column = 0; column < columns; column++) {
            int chars = Math.clamp(widths[column] + 2, MIN_COLUMN_CHARS, MAX_COLUMN_CHARS);
            sheet.setColumnWidth(column, chars * 256);
        }
        sheet.createFreezePane(0, 1);
        if (columns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, columns - 1));
        }
    }

    /** A name Excel accepts and no other sheet of the workbook has (Excel compares names ignoring case). */
    private static String sheetName(String title, Set<String> taken) {
        String safe = WorkbookUtil.createSafeSheetName(title);
        String name = safe;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = safe.substring(0, Math.min(safe.length(), SHEET_NAME_CHARS - suffix.length())) + suffix;
        }
        return name;
    }

    private static void csvRow(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(csvField(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String csvField(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        // a leading apostrophe keeps Excel from running user text such as =HYPERLINK(...) as a formula
        String value = startsLikeFormula(cell) ? "'" + cell : cell;
        if (value.indexOf(SEPARATOR) >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static boolean startsLikeFormula(String cell) {
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }

    private static void xlsxRow(Sheet sheet, int index, List<String> cells, CellStyle style, int[] widths) {
        Row row = sheet.createRow(index);
        for (int column = 0; column < cells.size(); column++) {
            String value = cells.get(column) == null ? "" : cells.get(column);
            // a longer text makes POI throw; a cut cell beats an export that fails
            if (value.length() > SpreadsheetVersion.EXCEL2007.getMaxTextLength()) {
                value = value.substring(0, SpreadsheetVersion.EXCEL2007.getMaxTextLength());
            }
            Cell cell = row.createCell(column);
            cell.setCellStyle(style);
            cell.setCellValue(value);
            if (column < widths.length) {
                widths[column] = Math.max(widths[column], longestLine(value));
            }
        }
    }

    private static int longestLine(String value) {
        int longest = 0;
        for (String line : value.split("\n")) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }
}

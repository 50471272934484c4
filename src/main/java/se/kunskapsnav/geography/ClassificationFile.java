package se.kunskapsnav.geography;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SKR's municipality groups and SCB's populations of a year from CSV (UTF-8, semicolons, commas or tabs)
 * or XLSX (the first sheet); format in docs/municipality-groups.md. The header row is the first row with a
 * {@code kommunkod} column; rows above it (a published table's title) are skipped, and so are columns other than
 * the code, {@code kommungrupp} and {@code folkmängd}. A file has the group column, the population column or
 * both, and a line for every municipality. Every problem is reported with its line number; the lines are to be
 * used only when there is none.
 */
public final class ClassificationFile {

    public static final String CODE = "kommunkod";
    public static final String NAME = "kommun";
    public static final String GROUP = "kommungrupp";
    public static final String POPULATION = "folkmängd";
    public static final int MAX_MEGABYTES = 5;
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;
    /** Rows searched for the header row. */
    private static final int HEADER_ROWS = 20;
    private static final int MAX_LINES = 2_000;
    private static final Pattern CODE_DIGITS = Pattern.compile("\\d{3,4}");
    private static final Pattern GROUP_CODE = Pattern.compile("([A-Za-z]\\d)(?:$|[\\s.:,–-].*)");
    /** Digits, optionally in groups of three separated by a space as SCB writes them ("10 482"). */
    private static final Pattern POPULATION_NUMBER = Pattern.compile("\\d{1,9}|\\d{1,3}( \\d{3}){1,2}");
    private static final Pattern NEGATIVE = Pattern.compile("[-−–]\\s*\\d[\\d ]*");

    private ClassificationFile() {
    }

    /** A municipality's line: its group and/or population as the file has them (null for a missing column). */
    public record Line(int number, String code, MunicipalityGroup group, Integer population) {
    }

    /** What the file holds, or its problems; {@code lines} is empty when there are problems. */
    public record Result(boolean hasGroups, boolean hasPopulation, List<Line> lines,
                         List<ClassificationError> errors) {

        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    /** The template: the header and one line per municipality (code and name), UTF-8 with byte order mark. */
    public static byte[] template(Map<String, String> municipalityNames) {
        StringBuilder text = new StringBuilder("\uFEFF" + CODE + ";" + NAME + ";" + GROUP + ";" + POPULATION + "\r\n");
        municipalityNames.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(m -> text.append(m.getKey()).append(';').append(m.getValue()).append(";;\r\n"));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a file against the municipalities there are (code to name); every one of them must have a line. */
    public static Result parse(byte[] content, Map<String, String> municipalityNames) {
        if (content.length > MAX_BYTES) {
            return failed("classification.tooLarge", String.valueOf(MAX_MEGABYTES));
        }
        List<Cells> rows;
        if (isZip(content)) {
            rows = xlsxRows(content);
            if (rows == null) {
                return failed("classification.notXlsx");
            }
        } else {
            rows = csvRows(content);
            if (rows == null) {
                return failed("classification.notUtf8");
            }
        }
        return read(rows, municipalityNames);
    }

    /** A row's cells and the line number a person sees in their program. */
    private record Cells(int number, List<String> values) {

        String get(int column) {
            return column < 0 || column >= values.size() ? "" : values.get(column).strip();
        }
    }

    private static Result read(List<Cells> rows, Map<String, String> municipalityNames) {
        int headerIndex = -1;
        for (int i = 0; i < Math.min(rows.size(), HEADER_ROWS) && headerIndex < 0; i++) {
            if (rows.get(i).values().stream().map(ClassificationFile::heading).anyMatch(CODE::equals)) {
                headerIndex = i;
            }
        }
        if (headerIndex < 0) {
            return failed("classification.noHeader");
        }
        List<String> headings = rows.get(headerIndex).values().stream().map(ClassificationFile::heading).toList();
        int codeColumn = headings.indexOf(CODE);
        int groupColumn = firstStarting(headings, GROUP);
        int populationColumn = Math.max(firstStarting(headings, "folkmangd"), firstStarting(headings, "befolkning"));
        if (groupColumn < 0 && populationColumn < 0) {
            return new Result(false, false, List.of(), List.of(ClassificationError.at(
                    rows.get(headerIndex).number(), "classification.noColumns")));
        }
        List<ClassificationError> errors = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int read = 0;
        for (Cells row : rows.subList(headerIndex + 1, rows.size())) {
            if (row.get(codeColumn).isEmpty() && row.get(groupColumn).isEmpty() && row.get(populationColumn).isEmpty()) {
                continue;
            }
            if (++read > MAX_LINES) {
                return failed("classification.tooManyLines", String.valueOf(MAX_LINES));
            }
            int before = errors.size();
            String code = code(row, codeColumn, municipalityNames, seen, errors);
            MunicipalityGroup group = groupColumn < 0 ? null : group(row, groupColumn, errors);
            Integer population = populationColumn < 0 ? null : population(row, populationColumn, errors);
            if (errors.size() == before) {
                lines.add(new Line(row.number(), code, group, population));
            }
        }
        if (read == 0) {
            return failed("classification.noLines");
        }
        municipalityNames.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(m -> !seen.containsKey(m.getKey()))
                .forEach(m -> errors.add(ClassificationError.at(0, "classification.missingMunicipality",
                        m.getValue(), m.getKey())));
        return errors.isEmpty() ? new Result(groupColumn >= 0, populationColumn >= 0, List.copyOf(lines), List.of())
                : new Result(groupColumn >= 0, populationColumn >= 0, List.of(), List.copyOf(errors));
    }

    private static String code(Cells row, int column, Map<String, String> municipalityNames,
                               Map<String, Integer> seen, List<ClassificationError> errors) {
        String given = row.get(column);
        if (given.isEmpty()) {
            errors.add(ClassificationError.at(row.number(), "classification.codeRequired"));
            return null;
        }
        if (!CODE_DIGITS.matcher(given).matches()) {
            errors.add(ClassificationError.at(row.number(), "classification.badCode", given));
            return null;
        }
        // a spreadsheet that took the code for a number dropped its leading zero: 114 is 0114
        String code = given.length() == 3 ? "0" + given : given;
        if (!municipalityNames.containsKey(code)) {
            errors.add(ClassificationError.at(row.number(), "classification.unknownMunicipality", given));
            return null;
        }
        Integer earlier = seen.putIfAbsent(code, row.number());
        if (earlier != null) {
            errors.add(ClassificationError.at(row.number(), "classification.duplicate", code,
                    String.valueOf(earlier)));
            return null;
        }
        return code;
    }

    private static MunicipalityGroup group(Cells row, int column, List<ClassificationError> errors) {
        String given = row.get(column);
        if (given.isEmpty()) {
            errors.add(ClassificationError.at(row.number(), "classification.groupRequired"));
            return null;
        }
        // SKR's tables write the code alone or with its name ("A1 Storstäder", "A1. Storstäder")
        Matcher matcher = GROUP_CODE.matcher(given);
        MunicipalityGroup group = matcher.matches()
                ? MunicipalityGroup.parse(matcher.group(1).toUpperCase(Locale.ROOT)).orElse(null) : null;
        if (group == null) {
            errors.add(ClassificationError.at(row.number(), "classification.unknownGroup", given));
        }
        return group;
    }

    private static Integer population(Cells row, int column, List<ClassificationError> errors) {
        String given = row.get(column).replace('\u00A0', ' ').replace('\u202F', ' ');
        if (given.isEmpty()) {
            errors.add(ClassificationError.at(row.number(), "classification.populationRequired"));
            return null;
        }
        if (NEGATIVE.matcher(given).matches()) {
            errors.add(ClassificationError.at(row.number(), "classification.populationNegative", given));
            return null;
        }
        if (!POPULATION_NUMBER.matcher(given).matches()) {
            errors.add(ClassificationError.at(row.number(), "classification.populationNotNumber", given));
            return null;
        }
        return Integer.valueOf(given.replace(" ", ""));
    }

    /** A heading as compared: lower case, without accents and anything after the first space ("Folkmängd 2024"). */
    private static String heading(String cell) {
        String plain = cell.strip().toLowerCase(Locale.ROOT);
        if (plain.startsWith("\uFEFF")) {
            plain = plain.substring(1);
        }
        return Normalizer.normalize(plain.split("\\s+", 2)[0], Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static int firstStarting(List<String> headings, String prefix) {
        for (int i = 0; i < headings.size(); i++) {
            if (headings.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static List<Cells> csvRows(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        String[] lines = text.split("\r?\n", -1);
        char separator = separator(lines);
        List<Cells> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            rows.add(new Cells(i + 1, cells(lines[i], separator)));
        }
        return rows;
    }

    /** The separator of the first line that has one: semicolon (Swedish Excel), tab or comma. */
    private static char separator(String[] lines) {
        for (String line : lines) {
            for (char candidate : new char[] {';', '\t', ','}) {
                if (line.indexOf(candidate) >= 0) {
                    return candidate;
                }
            }
        }
        return ';';
    }

    /** A CSV line's cells; a quoted cell may hold the separator and doubled quotes. */
    private static List<String> cells(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static List<Cells> xlsxRows(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<Cells> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
                    values.add(text(row.getCell(column), formatter));
                }
                rows.add(new Cells(row.getRowNum() + 1, values));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            // POI answers a damaged or foreign file with runtime exceptions of many kinds
            return null;
        }
    }

    /** A cell as text; a whole number without the format's grouping, so that 10482 reads as written. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type == CellType.NUMERIC) {
            double number = cell.getNumericCellValue();
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf((long) number)
                    : String.valueOf(number);
        }
        return type == CellType.STRING ? cell.getStringCellValue() : formatter.formatCellValue(cell);
    }

    private static Result failed(String messageKey, String... arguments) {
        return new Result(false, false, List.of(), List.of(ClassificationError.at(0, messageKey, arguments)));
    }
}

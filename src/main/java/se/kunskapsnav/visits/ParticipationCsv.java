package se.kunskapsnav.visits;

import se.kunskapsnav.platform.Messages;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the participation of a count-only activity from a sign-in sheet saved as CSV: UTF-8 (a byte order
 * mark is allowed), semicolon-separated as Excel writes it in Sweden, first line
 * {@code kommunkod;organisation;yrke;antal}. Every bad line is reported with its line number (the header is
 * line 1) and a Swedish message; the rows are usable only when there is no error at all.
 */
public final class ParticipationCsv {

    public static final String HEADER = "kommunkod;organisation;yrke;antal";
    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_LINES = 10_000;
    private static final List<String> COLUMNS = List.of("kommunkod", "organisation", "yrke", "antal");
    private static final Locale SWEDISH = Locale.of("sv");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\n|\r");

    private ParticipationCsv() {
    }

    /**
     * A problem in the file: at a line (from 1), or with the whole file (line 0); in one column of the line
     * (its header name) or, when {@code column} is null, the line as a whole.
     */
    public record LineError(int line, String column, String messageKey, List<String> arguments) {

        LineError(int line, String messageKey, String... arguments) {
            this(line, null, messageKey, List.of(arguments));
        }

        /** A problem in a column of a line, or in the line as a whole when {@code column} is null. */
        public static LineError at(int line, String column, String messageKey, String... arguments) {
            return new LineError(line, column, messageKey, List.of(arguments));
        }

        /** "Rad 3: Okänd kommunkod ”9999”." (with ", kolumn kommunkod" when a column is named) in Swedish. */
        public String message() {
            String text = Messages.get(messageKey, arguments.toArray());
            if (line == 0) {
                return text;
            }
            return column == null ? Messages.get("participation.csv.line", String.valueOf(line), text)
                    : Messages.get("participation.csv.lineColumn", String.valueOf(line), column, text);
        }
    }

    /** The rows read, or the errors; rows are to be used only when there are no errors. */
    public record Result(List<ParticipationInput> rows, List<LineError> errors) {

        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    public static Result parse(byte[] content, ParticipationDirectory directory) {
        if (content.length > MAX_BYTES) {
            return failed(new LineError(0, "participation.csv.tooLarge"));
        }
        Optional<String[]> read = lines(content);
        if (read.isEmpty()) {
            return failed(new LineError(0, "participation.csv.notUtf8"));
        }
        String[] lines = read.get();
        List<String> header = cells(lines[0]);
        if (header == null || !header.stream().map(c -> c.trim().toLowerCase(SWEDISH)).toList().equals(COLUMNS)) {
            return failed(new LineError(1, "participation.csv.header", HEADER));
        }
        ParticipationLookup lookup = new ParticipationLookup(directory);
        List<ParticipationInput> rows = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        int dataLines = 0;
        for (int i = 1; i < lines.length; i++) {
            int number = i + 1;
            List<String> cells = cells(lines[i]);
            if (cells != null && cells.stream().allMatch(String::isBlank)) {
                continue; // blank lines, also Excel's ";;;" for an empty row
            }
            if (++dataLines > MAX_LINES) {
                return failed(new LineError(0, "participation.csv.tooManyLines", String.valueOf(MAX_LINES)));
            }
            if (cells == null) {
                errors.add(new LineError(number, "participation.csv.unclosedQuote"));
            } else if (cells.size() != COLUMNS.size()) {
                errors.add(new LineError(number, "participation.csv.columns", String.valueOf(cells.size()), HEADER));
            } else {
                row(number, cells, lookup, errors).ifPresent(rows::add);
            }
        }
        if (dataLines == 0 && errors.isEmpty()) {
            errors.add(new LineError(2, "participation.csv.noRows"));
        }
        return new Result(errors.isEmpty() ? List.copyOf(rows) : List.of(), List.copyOf(errors));
    }

    /**
     * The lines of a file in UTF-8 (a byte order mark is dropped), split at CR LF, LF or CR; empty when the
     * bytes are not UTF-8.
     */
    public static Optional<String[]> lines(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Optional.of(LINE_BREAK.split(text, -1));
    }

    private static Result failed(LineError error) {
        return new Result(List.of(), List.of(error));
    }

    private static Optional<ParticipationInput> row(int number, List<String> cells, ParticipationLookup lookup,
                                                    List<LineError> errors) {
        int before = errors.size();
        String codeText = cells.get(0).trim();
        String organisationName = cells.get(1).trim();
        String professionText = cells.get(2).trim();
        String countText = cells.get(3).trim();

        String municipality = codeText.isEmpty() ? null : lookup.municipality(codeText, number, null, errors);
        Long organisationId = null;
        if (!organisationName.isEmpty()) {
            ParticipationDirectory.KnownOrganisation organisation = lookup.organisation(organisationName,
                    municipality, codeText, number, null, errors);
            organisationId = organisation == null ? null : organisation.id();
        }
        if (codeText.isEmpty() && organisationName.isEmpty()) {
            errors.add(new LineError(number, "participation.csv.placeRequired"));
        }
        String profession = null;
        if (professionText.isEmpty()) {
            errors.add(new LineError(number, "participation.csv.professionRequired"));
        } else {
            profession = lookup.profession(professionText);
            if (profession == null) {
                errors.add(new LineError(number, "participation.csv.unknownProfession", professionText));
            }
        }
        Integer attendees = null;
        if (countText.isEmpty()) {
            errors.add(new LineError(number, "participation.csv.countRequired"));
        } else if (!WHOLE_NUMBER.matcher(countText).matches()) {
            errors.add(new LineError(number, "participation.csv.countNotNumber", countText));
        } else {
            int count = Integer.parseInt(countText);
            if (count < 1) {
                errors.add(new LineError(number, "participation.csv.countAtLeastOne", countText));
            } else if (count > VisitRules.MAX_ATTENDEES_PER_PROFESSION) {
                errors.add(new LineError(number, "participation.csv.countTooLarge", countText));
            } else {
                attendees = count;
            }
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ParticipationInput(municipality, organisationId, profession, attendees));
    }

    static List<String> cells(String line) {
        return cells(line, COLUMNS.size());
    }

    /**
     * The cells of one line split at semicolons; a cell may be quoted ({@code "Jour; Syd"}, with {@code ""}
     * for a quote inside). Empty cells after the {@code columns} a file has are dropped (Excel writes them for
     * wider sheets). Null when a quote is not closed.
     */
    public static List<String> cells(String line, int columns) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStart = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == ';') {
                cells.add(cell.toString());
                cell.setLength(0);
                cellStart = true;
                continue;
            } else if (c == '"' && cellStart && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else {
                cell.append(c);
            }
            cellStart = false;
        }
        if (quoted) {
            return null;
        }
        cells.add(cell.toString());
        while (cells.size() > columns && cells.getLast().isBlank()) {
            cells.removeLast();
        }
        return cells;
    }
}

package se.kunskapsnav.platform;

import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the plain CSV files of {@code content/}: UTF-8, one header line, comma-separated, no quoting.
 * Every problem is added to a caller's list as "file:line: problem", so a loader can report them all
 * and then refuse the whole file set.
 */
public final class CsvRows {

    private CsvRows() {
    }

    /** Hands each data row with the header's number of columns to {@code handler}; blank lines are skipped. */
    public static void read(ContentFile file, String header, List<String> problems, Consumer<Row> handler) {
        String[] lines = file.text().split("\r?\n", -1);
        if (!stripBom(lines[0]).trim().equals(header)) {
            problems.add(file.name() + ":1: header must be '" + header + "'");
            return;
        }
        int columns = header.split(",").length;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Row row = new Row(file.name(), i + 1, lines[i].split(",", -1), problems);
            if (row.fields.length != columns) {
                row.problem("expected " + columns + " columns but found " + row.fields.length);
            } else {
                handler.accept(row);
            }
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** One data row with its position, so every problem names file and line. */
    public static final class Row {
        private final String fileName;
        private final int number;
        private final String[] fields;
        private final List<String> problems;

        private Row(String fileName, int number, String[] fields, List<String> problems) {
            this.fileName = fileName;
            this.number = number;
            this.fields = fields;
            this.problems = problems;
        }

        /** The trimmed value of a column; empty when the column is empty. */
        public String field(int index) {
            return fields[index].trim();
        }

        /** Reports an empty column and answers false. */
        public boolean requireText(int index, String what) {
            if (field(index).isEmpty()) {
                problem(what + " is empty");
                return false;
            }
            return true;
        }

        public void problem(String text) {
            problems.add(fileName + ":" + number + ": " + text);
        }
    }
}

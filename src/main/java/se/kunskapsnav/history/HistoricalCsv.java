package se.kunskapsnav.history;

import se.kunskapsnav.visits.ParticipationCsv;
import se.kunskapsnav.visits.ParticipationCsv.LineError;
import se.kunskapsnav.visits.ParticipationDirectory;
import se.kunskapsnav.visits.ParticipationLookup;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads earlier years' participation from sign-in lists saved as CSV (format in docs/historical-import.md):
 * UTF-8 with or without byte order mark, semicolons, the header {@link #HEADER}, one line per person or per
 * counted group, and an optional last column {@link #SERIES}. Lines with the same title, kind and date are one
 * activity. Every problem is reported with its line number and column; the activities are usable only when there
 * is no problem at all.
 */
public final class HistoricalCsv {

    public static final String TITLE = "titel";
    public static final String KIND = "typ";
    public static final String DATE = "datum";
    public static final String THEMES = "teman";
    public static final String PERSON = "deltagare";
    public static final String MUNICIPALITY = "kommunkod";
    public static final String ORGANISATION = "organisation";
    public static final String PROFESSION = "yrke";
    public static final String SECTOR = "sektor";
    public static final String COUNT = "antal";
    /** Optional: the course series (a name or an alternative name) the activity was a run of. */
    public static final String SERIES = "serie";
    public static final List<String> COLUMNS = List.of(TITLE, KIND, DATE, THEMES, PERSON, MUNICIPALITY,
            ORGANISATION, PROFESSION, SECTOR, COUNT);
    public static final String HEADER = TITLE + ";" + KIND + ";" + DATE + ";" + THEMES + ";" + PERSON + ";"
            + MUNICIPALITY + ";" + ORGANISATION + ";" + PROFESSION + ";" + SECTOR + ";" + COUNT;

    public static final int MAX_MEGABYTES = 5;
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;
    /** Lines below the header, blank lines not counted. */
    public static final int MAX_LINES = 20_000;
    public static final int MAX_TITLE = 200;
    public static final int MAX_IDENTIFIER = 254;
    public static final int MAX_PARTICIPANTS = 10_000;
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");

    private HistoricalCsv() {
    }

    /** The activities read and how many lines held them, or the errors; use the activities only when valid. */
    public record Result(List<SignInActivity> activities, int lineCount, List<LineError> errors) {

        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    /** The template to fill in: the header line, UTF-8 with byte order mark so that Excel opens it right. */
    public static byte[] template() {
        return ("\uFEFF" + HEADER + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a file; dates after {@code today} are refused (only activities already held are imported). */
    public static Result parse(byte[] content, HistoricalDirectory directory, LocalDate today) {
        if (content.length > MAX_BYTES) {
            return failed(0, "history.csv.tooLarge", String.valueOf(MAX_MEGABYTES));
        }
        Optional<String[]> read = ParticipationCsv.lines(content);
        if (read.isEmpty()) {
            return failed(0, "participation.csv.notUtf8");
        }
        String[] lines = read.get();
        if (Arrays.stream(lines).allMatch(String::isBlank)) {
            return failed(0, "history.csv.empty");
        }
        List<String> header = ParticipationCsv.cells(lines[0], COLUMNS.size() + 1);
        List<String> withSeries = new ArrayList<>(COLUMNS);
        withSeries.add(SERIES);
        List<String> columns = header == null ? null : new ArrayList<>(header.stream()
                .map(ParticipationLookup::normal).toList());
        if (columns != null && columns.size() > COLUMNS.size() && columns.getLast().isEmpty()) {
            columns.removeLast(); // Excel's empty cell after the last heading
        }
        if (columns == null || !(columns.equals(COLUMNS) || columns.equals(withSeries))) {
            return failed(1, "participation.csv.header", HEADER);
        }
        int columnCount = columns.size();
        Reader reader = new Reader(directory, today);
        int lineCount = 0;
        for (int i = 1; i < lines.length; i++) {
            int number = i + 1;
            List<String> cells = ParticipationCsv.cells(lines[i], columnCount);
            if (cells != null && cells.stream().allMatch(String::isBlank)) {
                continue; // blank lines, also Excel's ";;;;;;;;;" for an empty row
            }
            if (++lineCount > MAX_LINES) {
                return failed(0, "history.csv.tooManyLines", String.valueOf(MAX_LINES));
            }
            if (cells == null) {
                reader.errors.add(LineError.at(number, null, "participation.csv.unclosedQuote"));
            } else if (cells.size() != columnCount) {
                reader.errors.add(LineError.at(number, null, "history.csv.columns", String.valueOf(cells.size()),
                        String.valueOf(columnCount), String.join(";", columns)));
            } else {
                reader.line(number, cells);
            }
        }
        if (lineCount == 0) {
            return failed(2, "history.csv.noLines");
        }
        if (!reader.errors.isEmpty()) {
            return new Result(List.of(), lineCount, List.copyOf(reader.errors));
        }
        return new Result(reader.activities.values().stream().map(ActivityLines::activity).toList(), lineCount,
                List.of());
    }

    private static Result failed(int line, String messageKey, String... arguments) {
        return new Result(List.of(), 0, List.of(LineError.at(line, null, messageKey, arguments)));
    }

    /** What makes lines one activity: the title (as names are matched), the kind and the date. */
    private record ActivityKey(String title, String kindCode, LocalDate heldOn) {
    }

    /** An activity's lines so far: the title and themes as its first line wrote them, who is already listed. */
    private static final class ActivityLines {

        private final String title;
        private final ActivityKey key;
        private final Set<String> themes;
        private final Long seriesId;
        private final int firstLine;
        private final Map<String, Integer> people = new LinkedHashMap<>();
        private final List<SignInLine> lines = new ArrayList<>();

        ActivityLines(String title, ActivityKey key, Set<String> themes, Long seriesId, int firstLine) {
            this.title = title;
            this.key = key;
            this.themes = themes;
            this.seriesId = seriesId;
            this.firstLine = firstLine;
        }

        SignInActivity activity() {
            return new SignInActivity(title, key.kindCode(), key.heldOn(), Set.copyOf(themes), seriesId,
                    List.copyOf(lines));
        }
    }

    /** Reads line after line, collecting activities and errors. */
    private static final class Reader {

        private final HistoricalDirectory directory;
        private final LocalDate today;
        private final ParticipationLookup places;
        private final Map<String, String> kinds;
        private final Map<String, String> themes;
        private final Map<String, String> sectors;
        private final Map<String, Long> series = new HashMap<>();
        private final Map<ActivityKey, ActivityLines> activities = new LinkedHashMap<>();
        private final List<LineError> errors = new ArrayList<>();

        Reader(HistoricalDirectory directory, LocalDate today) {
            this.directory = directory;
            this.today = today;
            this.places = new ParticipationLookup(directory.places());
            this.kinds = ParticipationLookup.codesAndNames(directory.kinds());
            this.themes = ParticipationLookup.codesAndNames(directory.themes());
            this.sectors = ParticipationLookup.codesAndNames(directory.sectors());
            directory.seriesNames().forEach((name, id) -> series.put(ParticipationLookup.normal(name), id));
        }

        void line(int number, List<String> cells) {
            int before = errors.size();
            String title = title(number, cell(cells, TITLE));
            String kind = kind(number, cell(cells, KIND));
            LocalDate heldOn = date(number, cell(cells, DATE));
            Set<String> lineThemes = themes(number, cell(cells, THEMES));
            Long lineSeries = series(number, cell(cells, SERIES));
            boolean activityRead = errors.size() == before;

            int beforeIdentifier = errors.size();
            String identifier = identifier(number, cell(cells, PERSON));
            boolean identifierRead = errors.size() == beforeIdentifier;
            SignInLine line = participation(number, cells, identifier);

            if (!activityRead) {
                return;
            }
            ActivityKey key = new ActivityKey(ParticipationLookup.normal(title), kind, heldOn);
            ActivityLines activity = activities.computeIfAbsent(key,
                    k -> new ActivityLines(title, k, lineThemes, lineSeries, number));
            if (!activity.themes.equals(lineThemes)) {
                errors.add(LineError.at(number, THEMES, "history.csv.otherThemes", String.valueOf(activity.firstLine)));
            }
            if (!Objects.equals(activity.seriesId, lineSeries)) {
                errors.add(LineError.at(number, SERIES, "history.csv.otherSeries", String.valueOf(activity.firstLine)));
            }
            if (identifierRead && identifier != null) {
                Integer earlier = activity.people.putIfAbsent(identifier, number);
                if (earlier != null) {
                    errors.add(LineError.at(number, PERSON, "history.csv.samePerson", String.valueOf(earlier)));
                }
            }
            if (line != null && errors.size() == before) {
                activity.lines.add(line);
            }
        }

        private String title(int number, String text) {
            if (text.isEmpty()) {
                errors.add(LineError.at(number, TITLE, "history.csv.titleRequired"));
            } else if (text.length() > MAX_TITLE) {
                errors.add(LineError.at(number, TITLE, "history.csv.titleTooLong", String.valueOf(text.length()),
                        String.valueOf(MAX_TITLE)));
            }
            return text;
        }

        private String kind(int number, String text) {
            if (text.isEmpty()) {
                errors.add(LineError.at(number, KIND, "history.csv.kindRequired"));
                return null;
            }
            String code = kinds.get(ParticipationLookup.normal(text));
            if (code == null) {
                errors.add(LineError.at(number, KIND, "history.csv.unknownKind", text));
            }
            return code;
        }

        /** A series' name or alternative name, matched as kinds are; none is fine. */
        private Long series(int number, String text) {
            if (text.isEmpty()) {
                return null;
            }
            Long id = series.get(ParticipationLookup.normal(text));
            if (id == null) {
                errors.add(LineError.at(number, SERIES, "history.csv.unknownSeries", text));
            }
            return id;
        }

        private LocalDate date(int number, String text) {
            if (text.isEmpty()) {
                errors.add(LineError.at(number, DATE, "history.csv.dateRequired"));
                return null;
            }
            LocalDate date = null;
            if (ISO_DATE.matcher(text).matches()) {
                try {
                    date = LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    // answered below
                }
            }
            if (date == null) {
                errors.add(LineError.at(number, DATE, "history.csv.badDate", text));
            } else if (date.isBefore(EARLIEST)) {
                errors.add(LineError.at(number, DATE, "history.csv.dateTooEarly", text, EARLIEST.toString()));
            } else if (date.isAfter(today)) {
                errors.add(LineError.at(number, DATE, "history.csv.dateInFuture", text));
            }
            return date;
        }

        /** Codes or names separated by |; none is fine. */
        private Set<String> themes(int number, String text) {
            Set<String> codes = new LinkedHashSet<>();
            for (String part : text.split("\\|")) {
                if (part.isBlank()) {
                    continue;
                }
                String code = themes.get(ParticipationLookup.normal(part));
                if (code == null) {
                    errors.add(LineError.at(number, THEMES, "history.csv.unknownTheme", part.trim()));
                } else {
                    codes.add(code);
                }
            }
            return codes;
        }

        private String identifier(int number, String text) {
            if (text.isEmpty()) {
                return null;
            }
            if (text.length() > MAX_IDENTIFIER) {
                errors.add(LineError.at(number, PERSON, "history.csv.personTooLong", String.valueOf(MAX_IDENTIFIER)));
                return null;
            }
            return PersonKeys.identifier(text);
        }

        /** Where, profession, sector and count of a line; null when one of them is wrong (errors added). */
        private SignInLine participation(int number, List<String> cells, String identifier) {
            int before = errors.size();
            String municipalityText = cell(cells, MUNICIPALITY);
            String organisationName = cell(cells, ORGANISATION);
            String municipality = municipalityText.isEmpty() ? null
                    : places.municipality(municipalityText, number, MUNICIPALITY, errors);
            ParticipationDirectory.KnownOrganisation organisation = organisationName.isEmpty() ? null
                    : places.organisation(organisationName, municipality, municipalityText, number, ORGANISATION,
                    errors);
            if (municipalityText.isEmpty() && organisationName.isEmpty()) {
                errors.add(LineError.at(number, MUNICIPALITY, "participation.csv.placeRequired"));
            }
            String professionText = cell(cells, PROFESSION);
            String profession = null;
            if (!professionText.isEmpty()) {
                profession = places.profession(professionText);
                if (profession == null) {
                    errors.add(LineError.at(number, PROFESSION, "participation.csv.unknownProfession", professionText));
                }
            }
            String sectorText = cell(cells, SECTOR);
            String sector = null;
            if (!sectorText.isEmpty()) {
                sector = sectors.get(ParticipationLookup.normal(sectorText));
                if (sector == null) {
                    errors.add(LineError.at(number, SECTOR, "history.csv.unknownSector", sectorText));
                }
            }
            boolean person = !cell(cells, PERSON).isEmpty();
            Integer participants = person ? personCount(number, cell(cells, COUNT))
                    : groupCount(number, cell(cells, COUNT));
            if (errors.size() > before) {
                return null;
            }
            Long organisationId = organisation == null ? null : organisation.id();
            String storedMunicipality = organisation != null && organisation.municipalityCode() != null
                    ? organisation.municipalityCode() : municipality;
            String region = organisation == null ? null : directory.organisationRegions().get(organisation.id());
            return new SignInLine(identifier, storedMunicipality, organisationId, region, profession, sector,
                    participants);
        }

        /** A line naming a person is one participant: the count is empty or 1. */
        private Integer personCount(int number, String text) {
            if (text.isEmpty() || (WHOLE_NUMBER.matcher(text).matches() && Integer.parseInt(text) == 1)) {
                return 1;
            }
            errors.add(LineError.at(number, COUNT, "history.csv.personCount", text));
            return null;
        }

        private Integer groupCount(int number, String text) {
            if (text.isEmpty()) {
                errors.add(LineError.at(number, COUNT, "history.csv.countRequired"));
                return null;
            }
            if (!WHOLE_NUMBER.matcher(text).matches()) {
                errors.add(LineError.at(number, COUNT, "participation.csv.countNotNumber", text));
                return null;
            }
            int count = Integer.parseInt(text);
            if (count < 1) {
                errors.add(LineError.at(number, COUNT, "participation.csv.countAtLeastOne", text));
                return null;
            }
            if (count > MAX_PARTICIPANTS) {
                errors.add(LineError.at(number, COUNT, "history.csv.countTooLarge", text,
                        String.valueOf(MAX_PARTICIPANTS)));
                return null;
            }
            return count;
        }

        /** A cell's trimmed text; the optional series column is empty when the file has none. */
        private static String cell(List<String> cells, String column) {
            int index = column.equals(SERIES) ? COLUMNS.size() : COLUMNS.indexOf(column);
            return index < cells.size() ? cells.get(index).trim() : "";
        }
    }
}

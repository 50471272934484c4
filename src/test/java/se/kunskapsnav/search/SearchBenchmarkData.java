package se.kunskapsnav.search;

import se.kunskapsnav.search.SearchBenchmarkText.County;
import se.kunskapsnav.search.SearchBenchmarkText.Municipality;
import se.kunskapsnav.search.SearchBenchmarkText.Subject;
import se.kunskapsnav.search.SearchBenchmarkText.Term;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the search benchmark's documents straight into the database: networks with their meetings,
 * courses with one session each, and materials with their files' extracted text, as the services would have
 * left them. Multi-row INSERTs, a few hundred rows per statement, so 100 000 documents take well under a
 * minute rather than the hours the services would. Nothing goes to the change log: the benchmark rebuilds the
 * index, which reads the tables themselves.
 */
final class SearchBenchmarkData {

    /** What was written, with the words of each kind's text (title and everything searched). */
    record Dataset(int networks, int meetings, int courses, int materials, int materialsWithFile, long networkWords,
                   long meetingWords, long courseWords, long materialWords) {

        int documents() {
            return networks + meetings + courses + materials;
        }

        long words() {
            return networkWords + meetingWords + courseWords + materialWords;
        }
    }

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2028, 12, 31);
    /** Materials are published up to a fixed day, so every run has the same dates whenever it runs. */
    private static final LocalDate LAST_PUBLISHED = LocalDate.of(2026, 6, 30);
    /** Entities written between two flushes; their rows of every table go out together. */
    private static final int CHUNK = 1000;
    /** Rows per INSERT statement: with their texts, a statement stays far below MariaDB's packet limit. */
    private static final int ROWS_PER_STATEMENT = 250;
    private static final List<String> FILE_TYPES = List.of("PUBLICATION", "METHOD_SUPPORT", "CHECKLIST",
            "ROUTINE_TEMPLATE", "GOOD_EXAMPLE", "PRESENTATION", "OTHER");
    private static final List<String> LINK_TYPES = List.of("WEB_PAGE", "FILM");
    private static final String PDF = "application/pdf";
    private static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    private final SearchBenchmarkText text;
    private final Instant now;
    private final MessageDigest sha256;
    /** Words of each kind's text, counted as it is written. */
    private long networkWords;
    private long meetingWords;
    private long courseWords;
    private long materialWords;

    /**
     * @param now decides which courses are over (completed) and which meetings have minutes; the dates
     *            themselves do not depend on it
     */
    SearchBenchmarkData(SearchBenchmarkText text, Instant now) {
        this.text = text;
        this.now = now;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Dataset insert(Connection connection, int networks, int meetings, int courses, int materials)
            throws SQLException {
        Tables tables = new Tables(connection);
        List<NetworkRow> networkRows = networks(tables, networks);
        meetings(tables, networkRows, meetings);
        courses(tables, courses);
        int files = materials(tables, materials, networkRows);
        return new Dataset(networks, meetings, courses, materials, files, networkWords, meetingWords, courseWords,
                materialWords);
    }

    // ---- networks and meetings

    /** A network written, for its meetings and the materials only its members see. */
    private record NetworkRow(long id, County county) {
    }

    private List<NetworkRow> networks(Tables tables, int count) throws SQLException {
        long firstId = tables.nextId("network");
        List<NetworkRow> written = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            County county = text.county();
            Term theme = text.oneOf(text.themes());
            Term audience = text.audience(1, 1).getFirst();
            Subject subject = text.subject(theme, audience, text.municipality(county), county, 2026);
            String name = text.networkName(theme, audience, county);
            String purpose = text.paragraphs(subject, 50, 120);
            Timestamp created = timestamp(text.day(FIRST_DAY, LAST_PUBLISHED), LocalTime.of(10, 0));
            tables.row("network", "id", id, "county_code", county.code(), "name", name, "purpose", purpose,
                    "open_to_apply", text.chance(60), "created_at", created, "updated_at", created);
            tables.row("network_theme", "network_id", id, "theme_code", theme.code());
            for (Term profession : text.audience(1, 3)) {
                tables.row("network_profession", "network_id", id, "profession_code", profession.code());
            }
            networkWords += SearchBenchmarkText.words(name) + SearchBenchmarkText.words(purpose);
            written.add(new NetworkRow(id, county));
        }
        tables.flush();
        return written;
    }

    private void meetings(Tables tables, List<NetworkRow> networks, int count) throws SQLException {
        long firstId = tables.nextId("network_meeting");
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            NetworkRow network = text.oneOf(networks);
            County county = network.county();
            Municipality place = text.municipality(county);
            LocalDate day = text.day(FIRST_DAY, LAST_DAY);
            Term theme = text.oneOf(text.themes());
            Subject subject = text.subject(theme, text.audience(1, 1).getFirst(), place, county, day.getYear());
            String title = text.meetingTitle(day, theme, place);
            String agenda = text.agenda(subject);
            Timestamp start = timestamp(day, LocalTime.of(13, 0));
            boolean held = start.toInstant().isBefore(now);
            String minutes = held ? text.paragraphs(subject, 80, 200) : null;
            boolean online = text.chance(30);
            Timestamp created = timestamp(day.minusDays(40), LocalTime.of(9, 30));
            tables.row("network_meeting", "id", id, "network_id", network.id(), "title", title, "starts_at", start,
                    "ends_at", timestamp(day, LocalTime.of(16, 0)), "held_on", day,
                    "place", online ? null : "Kommunhuset i " + place.name(),
                    "address", online ? null : "Storgatan " + text.between(1, 40) + ", " + place.name(),
                    "online_url", online ? "https://mote.example.se/natverk/" + id : null,
                    "reminded_at", held ? timestamp(day.minusDays(2), LocalTime.of(8, 0)) : null,
                    "agenda", agenda, "minutes", minutes, "cancelled", false,
                    "created_at", created, "updated_at", created);
            meetingWords += SearchBenchmarkText.words(title) + SearchBenchmarkText.words(agenda)
                    + (minutes == null ? 0 : SearchBenchmarkText.words(minutes));
            if ((i + 1) % CHUNK == 0) {
                tables.flush();
            }
        }
        tables.flush();
    }

    // ---- courses

    private void courses(Tables tables, int count) throws SQLException {
        long firstId = tables.nextId("course");
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            SearchBenchmarkText.CourseText course = text.course(FIRST_DAY, LAST_DAY);
            County county = course.county();
            Municipality place = course.place();
            LocalDate day = course.day();
            Term kind = course.kind();
            List<Term> themes = course.themes();
            List<Term> audience = course.audience();
            String title = course.title();
            String summary = course.summary();
            String description = course.description();
            String format = text.chance(65) ? "ON_SITE" : text.chance(70) ? "ONLINE" : "HYBRID";
            Timestamp start = timestamp(day, LocalTime.of(9, 0));
            Timestamp end = timestamp(day, LocalTime.of(16, 0));
            // a course that is over is completed, as the quarter-hourly job leaves it; left published, that job
            // would complete thousands of them during the run, each a change for the indexer to follow
            boolean over = end.toInstant().isBefore(now);
            Timestamp created = timestamp(day.minusDays(90), LocalTime.of(11, 0));
            tables.row("course", "id", id, "county_code", county.code(), "title", title, "summary", summary,
                    "description", description, "kind_code", kind.code(),
                    "level", text.chance(10) ? "NATIONAL" : "REGIONAL", "format", format,
                    "capacity", 20 + 10 * text.between(0, 10),
                    "registration_opens_at", timestamp(day.minusDays(60), LocalTime.of(8, 0)),
                    "registration_closes_at", timestamp(day.minusDays(7), LocalTime.of(12, 0)),
                    "requires_approval", text.chance(15), "contact_name", "Utvecklingsledare " + county.shortName(),
                    "contact_email", "kompetensstod." + county.code() + "@lansstyrelsen.example.se",
                    "recurs_yearly", text.chance(10), "status", over ? "COMPLETED" : "PUBLISHED",
                    "starts_at", start, "ends_at", end, "starts_on", day, "created_at", created,
                    "updated_at", created);
            for (Term theme : themes) {
                tables.row("course_theme", "course_id", id, "theme_code", theme.code());
            }
            for (Term profession : audience) {
                tables.row("course_profession", "course_id", id, "profession_code", profession.code());
            }
            for (Term group : text.targetGroups(0, 2)) {
                tables.row("course_target_group", "course_id", id, "target_group_code", group.code());
            }
            boolean onSite = !format.equals("ONLINE");
            tables.row("course_session", "course_id", id, "position", 0, "starts_at", start, "ends_at", end,
                    "place", onSite ? "Länsstyrelsen i " + place.name() : null,
                    "address", onSite ? "Residensgatan " + text.between(1, 20) + ", " + place.name() : null,
                    "online_url", format.equals("ON_SITE") ? null : "https://mote.example.se/kurs/" + id,
                    "reminded_at", over ? timestamp(day.minusDays(2), LocalTime.of(8, 0)) : null);
            courseWords += SearchBenchmarkText.words(title) + SearchBenchmarkText.words(summary)
                    + SearchBenchmarkText.words(description);
            if ((i + 1) % CHUNK == 0) {
                tables.flush();
            }
        }
        tables.flush();
    }

    // ---- materials

    /**
     * Most materials have a file (one in ten replaced by a second version); web pages and films are links.
     *
     * @return how many materials have a file
     */
    private int materials(Tables tables, int count, List<NetworkRow> networks) throws SQLException {
        long firstId = tables.nextId("material");
        long firstFileId = tables.nextId("material_file");
        int files = 0;
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            boolean national = text.chance(15);
            County county = text.county(); // a national material is written about some place too
            Municipality place = text.municipality(county);
            LocalDate published = text.day(FIRST_DAY, LAST_PUBLISHED);
            boolean link = text.chance(12);
            String type = link ? text.oneOf(LINK_TYPES) : text.oneOf(FILE_TYPES);
            List<Term> themes = text.some(text.themes(), 1, 3);
            List<Term> audience = text.audience(1, 4);
            Subject subject = text.subject(themes.getFirst(), audience.getFirst(), place, county,
                    published.getYear());
            String title = text.materialTitle(type, themes.getFirst(), audience.getFirst(), place, county,
                    published.getYear());
            String summary = text.paragraphs(subject, 25, 60);
            int visibility = text.between(1, 100);
            NetworkRow network = visibility > 97 && !national ? networkIn(county, networks) : null;
            Timestamp created = timestamp(published, LocalTime.of(14, 0));
            tables.row("material", "id", id, "title", title, "summary", summary, "type", type,
                    "owner_county_code", national ? null : county.code(), "published_on", published,
                    "visibility", network != null ? "NETWORK" : visibility > 88 ? "LOGGED_IN" : "PUBLIC",
                    "network_id", network == null ? null : network.id(),
                    "external_url", link ? "https://www.example.se/kunskapsstod/" + id : null,
                    "created_at", created, "updated_at", created);
            for (Term theme : themes) {
                tables.row("material_theme", "material_id", id, "theme_code", theme.code());
            }
            for (Term profession : audience) {
                tables.row("material_profession", "material_id", id, "profession_code", profession.code());
            }
            for (Term group : text.targetGroups(0, 2)) {
                tables.row("material_target_group", "material_id", id, "target_group_code", group.code());
            }
            for (Term language : text.languages()) {
                tables.row("material_language", "material_id", id, "language_code", language.code());
            }
            materialWords += SearchBenchmarkText.words(title) + SearchBenchmarkText.words(summary);
            if (!link) {
                long fileId = firstFileId + files;
                tables.row("material_file", "id", fileId, "material_id", id, "created_at", created);
                int versions = text.chance(10) ? 2 : 1;
                for (int version = 1; version <= versions; version++) {
                    String extracted = title + "\n\n" + text.paragraphs(subject, 150, 400);
                    String hash = storedFile(tables, id, version, type, extracted, published);
                    tables.row("material_file_version", "file_id", fileId, "version_no", version, "sha256", hash,
                            "file_name", fileName(title, type, version),
                            "uploaded_at", timestamp(published.plusDays(version - 1L), LocalTime.of(14, 5)));
                    if (version == versions) {
                        materialWords += SearchBenchmarkText.words(extracted); // only the current version is searched
                    }
                }
                files++;
            }
            if ((i + 1) % CHUNK == 0) {
                tables.flush();
            }
        }
        tables.flush();
        return files;
    }

    /** One of the county's networks, or null when it has none (then the material is for everyone). */
    private NetworkRow networkIn(County county, List<NetworkRow> networks) {
        List<NetworkRow> ours = networks.stream().filter(network -> network.county().equals(county)).toList();
        return ours.isEmpty() ? null : text.oneOf(ours);
    }

    /** A content row as the store leaves it after Tika read the file; the file itself is not needed to search. */
    private String storedFile(Tables tables, long material, int version, String type, String extracted,
                              LocalDate stored) {
        // the material and version make the hash unique even if two generated texts came out alike
        String hash = HexFormat.of().formatHex(sha256.digest((material + "/" + version + "\n" + extracted)
                .getBytes(StandardCharsets.UTF_8)));
        int bytes = extracted.getBytes(StandardCharsets.UTF_8).length;
        tables.row("stored_file", "sha256", hash, "size_bytes", 40_000L + bytes * 12L,
                "media_type", type.equals("PRESENTATION") ? PPTX : PDF, "text_status", "EXTRACTED",
                "extracted_text", extracted, "stored_at", timestamp(stored, LocalTime.of(14, 5)));
        return hash;
    }

    private static String fileName(String title, String type, int version) {
        String base = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9åäö]+", "-")
                .replaceAll("(^-|-$)", "");
        base = base.length() > 60 ? base.substring(0, 60) : base;
        return base + (version > 1 ? "-v" + version : "") + (type.equals("PRESENTATION") ? ".pptx" : ".pdf");
    }

    private static Timestamp timestamp(LocalDate day, LocalTime time) {
        return Timestamp.from(day.atTime(time).atZone(SWEDEN).toInstant());
    }

    /**
     * Rows waiting to be written, per table, in the order tables were first used: parents before their
     * children, so foreign keys hold at every statement.
     */
    private static final class Tables {

        private final Connection connection;
        private final Map<String, Pending> pending = new LinkedHashMap<>();

        private record Pending(List<String> columns, List<Object[]> rows) {
        }

        Tables(Connection connection) {
            this.connection = connection;
        }

        /** The first free id of a table (the demo data is already there). */
        long nextId(String table) throws SQLException {
            try (Statement statement = connection.createStatement();
                 var result = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
                result.next();
                return result.getLong(1);
            }
        }

        /** One row, as column name and value pairs. */
        void row(String table, Object... columnsAndValues) {
            List<String> columns = new ArrayList<>();
            Object[] values = new Object[columnsAndValues.length / 2];
            for (int i = 0; i < columnsAndValues.length; i += 2) {
                columns.add((String) columnsAndValues[i]);
                values[i / 2] = columnsAndValues[i + 1];
            }
            Pending rows = pending.computeIfAbsent(table, name -> new Pending(columns, new ArrayList<>()));
            if (!rows.columns().equals(columns)) {
                throw new IllegalArgumentException("rows of " + table + " with other columns: " + columns);
            }
            rows.rows().add(values);
        }

        void flush() throws SQLException {
            for (Map.Entry<String, Pending> entry : pending.entrySet()) {
                List<Object[]> rows = entry.getValue().rows();
                for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                    insert(entry.getKey(), entry.getValue().columns(),
                            rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
                }
                rows.clear();
            }
        }

        private void insert(String table, List<String> columns, List<Object[]> rows) throws SQLException {
            String values = "(" + String.join(",", columns.stream().map(column -> "?").toList()) + ")";
            String sql = "insert into " + table + " (" + String.join(",", columns) + ") values "
                    + String.join(",", Collections.nCopies(rows.size(), values));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int parameter = 1;
                for (Object[] row : rows) {
                    for (Object value : row) {
                        statement.setObject(parameter++, value);
                    }
                }
                statement.executeUpdate();
            }
        }
    }
}

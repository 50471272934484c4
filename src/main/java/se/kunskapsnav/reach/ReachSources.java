package se.kunskapsnav.reach;

import se.kunskapsnav.platform.ChangeLogEntry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The summary tables' side of reach: which sources a change-log entry touches, and refreshing a source's
 * rows from the participation views (delete, then insert what the views now say). Plain JDBC on the
 * caller's connection and transaction.
 */
final class ReachSources {

    private static final String FACT_COLUMNS = "source_type, source_id, activity_type, activity_id, activity_kind,"
            + " organiser_county_code, occurred_on, outcome, person_id, organisation_id, municipality_code,"
            + " region_code, profession_code, sector_code, participant_count";
    // The views' keys are utf8mb4 (SHA2 of the connection's character set), reach_person's ascii: compared as they
    // are, the key's index cannot be used and every fact is matched against every person (a rebuild of a million
    // facts took more than ten minutes). Converted to ascii, each fact is one index lookup.
    private static final String FACTS_FROM_VIEW = "SELECT f.source_type, f.source_id, f.activity_type, f.activity_id,"
            + " f.activity_kind, f.organiser_county_code, f.occurred_on, f.outcome, p.id, f.organisation_id,"
            + " f.municipality_code, f.region_code, f.profession_code, f.sector_code, f.participant_count"
            + " FROM participation_fact f LEFT JOIN reach_person p ON p.person_key = CONVERT(f.person_key USING ascii)";
    /**
     * Numbers the views' person keys not numbered yet. Known keys are left out before inserting, not ignored by
     * the insert: an ignored row still uses up an id.
     */
    private static final String NEW_PERSONS = "INSERT IGNORE INTO reach_person (person_key)"
            + " SELECT DISTINCT CONVERT(f.person_key USING ascii) FROM participation_fact f"
            + " WHERE f.person_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM reach_person p"
            + " WHERE p.person_key = CONVERT(f.person_key USING ascii))";
    private static final String ACTIVITY_COLUMNS = "source_type, source_id, activity_type, activity_id, kind_code,"
            + " title, county_code, held_on, series_id";

    private ReachSources() {
    }

    /** The sources the entries change (a course, the course of a registration, the meetings of a network …). */
    static Set<Source> touchedBy(Connection connection, Collection<ChangeLogEntry> entries) throws SQLException {
        Set<Source> touched = new LinkedHashSet<>();
        for (ChangeLogEntry entry : entries) {
            long id;
            try {
                id = Long.parseLong(entry.getEntityId());
            } catch (NumberFormatException notOurs) {
                continue; // codes of reference data, which facts do not depend on
            }
            switch (entry.getEntityKind()) {
                case "course" -> touched.add(new Source(SourceType.COURSE, id));
                case "registration" -> add(connection, touched, SourceType.COURSE,
                        "SELECT course_id FROM registration WHERE id = ?", id);
                case "network" -> add(connection, touched, SourceType.MEETING,
                        "SELECT id FROM network_meeting WHERE network_id = ?", id);
                case "network_meeting" -> touched.add(new Source(SourceType.MEETING, id));
                case "network_member" -> add(connection, touched, SourceType.MEETING,
                        "SELECT meeting_id FROM network_meeting_attendance WHERE member_id = ?", id);
                case "municipal_visit" -> touched.add(new Source(SourceType.VISIT, id));
                case "counted_activity" -> touched.add(new Source(SourceType.COUNTED, id));
                case "historical_activity" -> touched.add(new Source(SourceType.HISTORICAL, id));
                case "webcourse_enrolment" -> touched.add(new Source(SourceType.ENROLMENT, id));
                case "study_group" -> {
                    touched.add(new Source(SourceType.STUDY_GROUP, id));
                    add(connection, touched, SourceType.ENROLMENT, "SELECT e.id FROM webcourse_enrolment e"
                            + " JOIN study_group_member m ON m.account_id = e.account_id WHERE m.group_id = ?", id);
                }
                case "study_group_member" -> {
                    add(connection, touched, SourceType.STUDY_GROUP,
                            "SELECT group_id FROM study_group_member WHERE id = ?", id);
                    add(connection, touched, SourceType.ENROLMENT, "SELECT e.id FROM webcourse_enrolment e"
                            + " JOIN study_group_member m ON m.account_id = e.account_id WHERE m.id = ?", id);
                }
                case "account" -> {
                    add(connection, touched, SourceType.COURSE,
                            "SELECT DISTINCT course_id FROM registration WHERE account_id = ?", id);
                    add(connection, touched, SourceType.MEETING, "SELECT DISTINCT a.meeting_id FROM"
                            + " network_meeting_attendance a JOIN network_member m ON m.id = a.member_id"
                            + " WHERE m.account_id = ?", id);
                    add(connection, touched, SourceType.ENROLMENT,
                            "SELECT id FROM webcourse_enrolment WHERE account_id = ?", id);
                }
                case "organisation" -> {
                    add(connection, touched, SourceType.VISIT,
                            "SELECT id FROM municipal_visit WHERE organisation_id = ?", id);
                    add(connection, touched, SourceType.COUNTED,
                            "SELECT DISTINCT activity_id FROM counted_participation WHERE organisation_id = ?", id);
                    add(connection, touched, SourceType.HISTORICAL,
                            "SELECT DISTINCT activity_id FROM historical_participation WHERE organisation_id = ?", id);
                }
                default -> {
                    // materials, documents, sessions and vocabularies: no participation depends on them
                }
            }
        }
        return touched;
    }

    /** Makes the source's summary rows what the views say now (none when the source is gone). */
    static void refresh(Connection connection, Source source) throws SQLException {
        String type = source.type().code;
        update(connection, "DELETE FROM reach_fact WHERE source_type = ? AND source_id = ?", type, source.id());
        update(connection, NEW_PERSONS + " AND f.source_type = ? AND f.source_id = ?", type, source.id());
        update(connection, "INSERT INTO reach_fact (" + FACT_COLUMNS + ") " + FACTS_FROM_VIEW
                + " WHERE f.source_type = ? AND f.source_id = ?", type, source.id());
        String activityType = source.type().activityType;
        if (activityType == null) {
            return;
        }
        update(connection, "DELETE FROM reach_activity WHERE source_type = ? AND source_id = ?", type, source.id());
        update(connection, "DELETE FROM reach_activity_county WHERE activity_type = ? AND activity_id = ?",
                activityType, source.id());
        update(connection, "DELETE FROM reach_activity_theme WHERE activity_type = ? AND activity_id = ?",
                activityType, source.id());
        update(connection, "INSERT INTO reach_activity (" + ACTIVITY_COLUMNS + ") SELECT " + ACTIVITY_COLUMNS
                + " FROM participation_activity WHERE source_type = ? AND source_id = ?", type, source.id());
        update(connection, "INSERT IGNORE INTO reach_activity_county (activity_type, activity_id, county_code)"
                + " SELECT activity_type, activity_id, county_code FROM participation_activity_county"
                + " WHERE activity_type = ? AND activity_id = ?", activityType, source.id());
        update(connection, "INSERT IGNORE INTO reach_activity_theme (activity_type, activity_id, theme_code)"
                + " SELECT activity_type, activity_id, theme_code FROM participation_activity_theme"
                + " WHERE activity_type = ? AND activity_id = ?", activityType, source.id());
    }

    /** Builds every summary table afresh from the views, set by set. */
    static void rebuildAll(Connection connection) throws SQLException {
        for (String table : List.of("reach_fact", "reach_activity", "reach_activity_county", "reach_activity_theme")) {
            update(connection, "DELETE FROM " + table);
        }
        update(connection, NEW_PERSONS);
        update(connection, "INSERT INTO reach_fact (" + FACT_COLUMNS + ") " + FACTS_FROM_VIEW);
        update(connection, "INSERT INTO reach_activity (" + ACTIVITY_COLUMNS + ") SELECT " + ACTIVITY_COLUMNS
                + " FROM participation_activity");
        update(connection, "INSERT IGNORE INTO reach_activity_county (activity_type, activity_id, county_code)"
                + " SELECT activity_type, activity_id, county_code FROM participation_activity_county");
        update(connection, "INSERT IGNORE INTO reach_activity_theme (activity_type, activity_id, theme_code)"
                + " SELECT activity_type, activity_id, theme_code FROM participation_activity_theme");
    }

    private static void add(Connection connection, Set<Source> touched, SourceType type, String sql, long id)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    touched.add(new Source(type, rows.getLong(1)));
                }
            }
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}

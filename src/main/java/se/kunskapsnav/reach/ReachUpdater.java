package se.kunskapsnav.reach;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import se.kunskapsnav.platform.ChangeFollower;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeLogCursor;
import se.kunskapsnav.platform.ChangeLogEntry;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.ChangeRecorded;
import se.kunskapsnav.platform.PortalConfig;
import se.kunskapsnav.platform.PortalDataSource;
import se.kunskapsnav.platform.PortalReady;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.logging.Logger;

/**
 * Keeps the reach summary current: the tables (reach_fact, reach_activity …) from the change log, and the
 * copy in memory ({@link ReachFacts}) from the tables. At start it builds the tables when they have never
 * been built, then loads them; after that it follows the change log like the search indexer: woken after
 * each commit, and once a second anyway. Each batch refreshes the touched sources and moves the recorded
 * position in one transaction, then reloads those sources into memory.
 */
@ApplicationScoped
public class ReachUpdater {

    private static final Logger LOG = Logger.getLogger(ReachUpdater.class.getName());
    private static final int LOG_BATCH = 1000;
    private static final int TIMEOUT_SECONDS = 600;
    /**
     * The change-log entry a rebuild records: every instance then loads the rebuilt tables again, and the position
     * their figures hold, which answers' tags carry, moves past it.
     */
    static final String REBUILT = "reach_summary";

    @Inject
    ChangeLog changeLog;

    @Inject
    Clock clock;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    @Resource
    ManagedThreadFactory threads;

    /**
     * Demo mode's key secret, so the demo and the tests need no configuration. It is in the repository, so
     * figures made with it protect nobody: without demo mode the portal does not start unless
     * {@link PortalConfig#REACH_KEY_SECRET} is set.
     */
    static final String DEMO_KEY_SECRET = "demo-only: kunskapsnav reach record keys, public in the repository";

    @Inject
    PortalConfig config;

    private ReachFacts facts;
    private final ChangeLogCursor cursor = new ChangeLogCursor();
    private final ChangeFollower follower = new ChangeFollower("reach-updater", this::catchUp);
    /** The change-log position the memory copy has read up to. */
    private volatile long loadedPosition;
    /**
     * Even while the memory copy is whole, odd while it is being changed, and moved on with each change of it or
     * of its position: see {@link #figuresVersion}. Written only by the synchronized methods.
     */
    private volatile long version;
    /**
     * The change-log position the memory copy holds while it is whole, -1 while it is being changed or not loaded
     * yet: see {@link #figuresPosition}. Written only by the synchronized methods.
     */
    private volatile long figuresPosition = -1;
    /** Set by a batch that read another instance's rebuild: the whole memory copy is loaded again. */
    private boolean rebuiltElsewhere;

    @PostConstruct
    void keys() {
        String secret = config.reachKeySecret().orElseGet(() -> {
            if (!config.demo()) {
                throw new IllegalStateException("set " + PortalConfig.REACH_KEY_SECRET + " (environment variable "
                        + "KUNSKAPSNAV_REACH_KEY_SECRET): the secret of the reach figures' record keys, at least "
                        + RecordKeys.SHORTEST_SECRET + " characters, the same on every instance");
            }
            return DEMO_KEY_SECRET;
        });
        facts = new ReachFacts(new RecordKeys(secret));
    }

    void onReady(@Observes PortalReady ready) {
        synchronized (this) {
            Long position = inTransaction(this::position);
            if (position == null) {
                rebuild();
            } else {
                loadAll();
                catchUp();
            }
        }
        follower.start(threads);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeRecorded change) {
        follower.wake();
    }

    @PreDestroy
    void stop() {
        follower.stop();
    }

    /**
     * How many changes recorded in the log this instance's summary has not read yet: the figures of a report
     * leave them out until it has (usually within a second; longer after a large import or undo).
     */
    public long pendingChanges() {
        return changeLog.countAfter(loadedPosition);
    }

    /**
     * A number that moves whenever the summary in memory changes or reads further in the change log (on any
     * instance's change, since every instance follows the log); odd while the summary is being changed. A value
     * made from the figures while this stayed the same even number is current until it moves.
     */
    public long figuresVersion() {
        return version;
    }

    /**
     * The change-log position the figures in memory hold (as {@link #pendingChanges} counts from it), published
     * once they are whole: -1 while they are being changed. Unlike {@link #figuresVersion} it is the same number on
     * every instance whose figures hold the same changes, which is what answers' tags need
     * ({@code platform.AnswerTags}: a tag from one instance may be sent back to another).
     */
    public long figuresPosition() {
        return figuresPosition;
    }

    /** The summary in memory, for reports. */
    public ReachFacts facts() {
        return facts;
    }

    /** Builds the summary tables afresh from the views and reloads them (at the first start, and for tests and the benchmark). */
    public synchronized void rebuild() {
        inTransaction(() -> {
            changeLog.record(REBUILT, "rebuilt", ChangeOperation.UPDATE);
            try (Connection connection = dataSource.getConnection()) {
                long position = changeLog.lastSequence();
                ReachSources.rebuildAll(connection);
                savePosition(connection, position);
            }
            return null;
        });
        cursor.reset();
        loadAll();
        LOG.info(() -> "Reach summary built with " + facts.factCount() + " facts");
    }

    /** Applies every change committed so far, in the tables and in memory. */
    public synchronized void catchUp() {
        while (true) {
            Set<Source> changed = inTransaction(this::applyBatch);
            if (changed == null) {
                figuresPosition = loadedPosition;
                return;
            }
            if (rebuiltElsewhere) {
                rebuiltElsewhere = false;
                loadAll();
                continue;
            }
            inTransaction(() -> {
                reload(changed);
                return null;
            });
        }
    }

    /**
     * One batch of the change log: refreshes the sources it touches and records the new position; the
     * sources to reload into memory (also those another instance applied), or null when nothing was new.
     */
    private Set<Source> applyBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long position = lockedPosition(connection);
            List<ChangeLogEntry> entries = changeLog.entriesAfter(Math.min(position, loadedPosition), LOG_BATCH);
            List<ChangeLogEntry> fresh = entries.stream().filter(e -> e.getSequence() > position).toList();
            ChangeLogCursor.Step step = cursor.next(position, fresh, clock.instant());
            Set<Source> applied = ReachSources.touchedBy(connection, step.toApply());
            for (Source source : applied) {
                ReachSources.refresh(connection, source);
            }
            if (step.position() != position) {
                savePosition(connection, step.position());
            }
            // entries someone else applied to the tables, which this memory copy has not read
            List<ChangeLogEntry> unread = entries.stream()
                    .filter(e -> e.getSequence() > loadedPosition && e.getSequence() <= position).toList();
            Set<Source> changed = new HashSet<>(applied);
            changed.addAll(ReachSources.touchedBy(connection, unread));
            rebuiltElsewhere = unread.stream().anyMatch(e -> REBUILT.equals(e.getEntityKind()));
            if (changed.isEmpty() && step.position() == position && unread.isEmpty()) {
                loadedUpTo(Math.max(loadedPosition, position));
                return null;
            }
            loadedUpTo(step.position());
            return changed;
        }
    }

    private void loadedUpTo(long position) {
        if (position != loadedPosition) {
            loadedPosition = position;
            version += 2;
        }
    }

    private Long position() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT applied_sequence FROM reach_position WHERE id = 1");
             ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getLong(1) : null;
        }
    }

    /** The position, locked until the transaction ends, so two instances never apply the same batch. */
    private static long lockedPosition(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT applied_sequence FROM reach_position WHERE id = 1 FOR UPDATE");
             ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("the reach summary has not been built");
            }
            return row.getLong(1);
        }
    }

    private static void savePosition(Connection connection, long position) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO reach_position (id,"
                + " applied_sequence) VALUES (1, ?) ON DUPLICATE KEY UPDATE applied_sequence = VALUES(applied_sequence)")) {
            statement.setLong(1, position);
            statement.executeUpdate();
        }
    }

    // ---- the memory copy

    private void loadAll() {
        inTransaction(() -> {
            version++;
            figuresPosition = -1;
            try (Connection connection = dataSource.getConnection()) {
                facts.clear();
                Long position = position();
                loadedPosition = position == null ? 0 : position;
                Map<String, ReachActivity> activities = activities(connection, null);
                load(connection, "", List.of(), activities);
            } finally {
                version++;
                figuresPosition = loadedPosition;
            }
            return null;
        });
    }

    private void reload(Collection<Source> sources) throws SQLException {
        version++;
        figuresPosition = -1;
        try (Connection connection = dataSource.getConnection()) {
            for (Source source : sources) {
                facts.remove(source.key());
                Map<String, ReachActivity> activities = activities(connection, source);
                load(connection, " WHERE f.source_type = ? AND f.source_id = ?",
                        List.of(source.type().code, source.id()), activities);
            }
        } finally {
            version++;
            figuresPosition = loadedPosition;
        }
    }

    /** The activities of one source (with its study group for an enrolment), or of all sources for null. */
    private Map<String, ReachActivity> activities(Connection connection, Source source) throws SQLException {
        String where = "";
        List<Object> parameters = new ArrayList<>();
        if (source != null) {
            where = " WHERE (a.activity_type, a.activity_id) IN (SELECT f.activity_type, f.activity_id"
                    + " FROM reach_fact f WHERE f.source_type = ? AND f.source_id = ?)";
            parameters = List.of(source.type().code, source.id());
        }
        Map<String, Set<String>> counties = codes(connection, "SELECT a.activity_type, a.activity_id, a.county_code"
                + " FROM reach_activity_county a" + where, parameters);
        Map<String, Set<String>> themes = codes(connection, "SELECT a.activity_type, a.activity_id, a.theme_code"
                + " FROM reach_activity_theme a" + where, parameters);
        Map<String, ReachActivity> activities = new HashMap<>();
        try (PreparedStatement statement = prepare(connection, "SELECT a.activity_type, a.activity_id, a.kind_code,"
                + " a.title, a.county_code, a.held_on, a.series_id FROM reach_activity a" + where, parameters);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String type = rows.getString(1);
                long id = rows.getLong(2);
                String key = ReachActivity.key(type, id, null);
                String county = rows.getString(5);
                Date held = rows.getDate(6);
                activities.put(key, new ReachActivity(facts.activityIndex(type, id, county), type, id,
                        rows.getString(3), rows.getString(4), county, held == null ? null : held.toLocalDate(),
                        counties.getOrDefault(key, Set.of(county)), themes.getOrDefault(key, Set.of()),
                        rows.getString(7)));
            }
        }
        return activities;
    }

    private static Map<String, Set<String>> codes(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        Map<String, Set<String>> codes = new HashMap<>();
        try (PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                codes.computeIfAbsent(ReachActivity.key(rows.getString(1), rows.getLong(2), null),
                        k -> new HashSet<>()).add(rows.getString(3));
            }
        }
        return codes;
    }

    /** Reads facts source by source (ordered) into memory. */
    private void load(Connection connection, String where, List<Object> parameters,
                      Map<String, ReachActivity> activities) throws SQLException {
        try (PreparedStatement statement = prepare(connection, "SELECT f.source_type, f.source_id, f.activity_type,"
                + " f.activity_id, f.activity_kind, f.organiser_county_code, f.occurred_on, f.outcome, f.person_id,"
                + " f.organisation_id, o.type, f.municipality_code, f.region_code, f.profession_code, f.sector_code,"
                + " f.participant_count, p.person_key FROM reach_fact f"
                + " LEFT JOIN organisation o ON o.id = f.organisation_id LEFT JOIN reach_person p ON p.id = f.person_id"
                + where + " ORDER BY f.source_type, f.source_id", parameters)) {
            statement.setFetchSize(10_000);
            try (ResultSet rows = statement.executeQuery()) {
                String current = null;
                ReachActivity activity = null;
                List<ReachFact> batch = new ArrayList<>();
                while (rows.next()) {
                    String source = rows.getString(1) + ":" + rows.getLong(2);
                    if (!source.equals(current)) {
                        if (current != null) {
                            facts.replace(current, activity, batch);
                        }
                        current = source;
                        batch = new ArrayList<>();
                        activity = activityOf(rows, activities);
                    }
                    batch.add(new ReachFact(rows.getDate(7).toLocalDate(), Outcome.valueOf(rows.getString(8)),
                            (Integer) rows.getObject(9), rows.getString(17), (Long) rows.getObject(10),
                            rows.getString(11), rows.getString(12), rows.getString(13), rows.getString(14),
                            rows.getString(15), rows.getInt(16)));
                }
                if (current != null) {
                    facts.replace(current, activity, batch);
                }
            }
        }
    }

    /** The fact's activity; the individual track of the web course is one activity per county. */
    private ReachActivity activityOf(ResultSet row, Map<String, ReachActivity> activities) throws SQLException {
        String type = row.getString(3);
        Long id = (Long) row.getObject(4);
        String county = row.getString(6);
        ReachActivity known = id == null ? null : activities.get(ReachActivity.key(type, id, null));
        if (known != null) {
            return known;
        }
        return new ReachActivity(facts.activityIndex(type, id, county), type, id, row.getString(5), null, county,
                null, county == null ? Set.of() : Set.of(county), Set.of());
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    /** Runs work in a transaction of its own (the updater's thread has none), committed when it returns. */
    private <T> T inTransaction(Callable<T> work) {
        try {
            transaction.setTransactionTimeout(TIMEOUT_SECONDS);
            transaction.begin();
            try {
                T result = work.call();
                transaction.commit();
                return result;
            } catch (Exception e) {
                transaction.rollback();
                throw e;
            } finally {
                transaction.setTransactionTimeout(0);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("reach summary could not be brought up to date", e);
        }
    }
}

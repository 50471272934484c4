package se.kunskapsnav.reach;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.PortalDataSource;
import se.kunskapsnav.reach.ReachBenchmarkData.Dataset;
import se.kunskapsnav.reach.ReachBenchmarkData.Sizes;
import se.kunskapsnav.testsupport.Deployments;
import se.kunskapsnav.testsupport.TestDatabase;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reach reports over a national-scale dataset: more than a million participation facts from about 25 000 activities
 * over ten years ({@link ReachBenchmarkData}). It writes the data, rebuilds the reach summary (timed), then times
 * {@link ReachService#report(ReachQuery, boolean)} as the report page and API call it: one county-year for a large
 * county and a small one, the whole country over ten years and a national year narrowed by kind and theme, with
 * exact figures, and the large county and the country again as the public sees them (published figures,
 * docs/small-counts.md). Not a test of speed: it asserts that the summary holds exactly the facts written and that
 * the figures are consistent (never more persons than participations, the country never below a county), and prints
 * the times. Run it with {@code ./mvnw -Pbenchmark verify -Dit.test=ReachBenchmark}; the figures go to the console
 * and {@code target/benchmark/reach.md}.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class ReachBenchmark {

    /** The same seed every run, so runs write the same data and their figures can be compared. */
    private static final long SEED = 20261124L;
    private static final Sizes SIZES = new Sizes(280_000, 12_000, 240, 2_000, 1_800, 3_000, 140_000);
    private static final int WARM_UP = 10;
    private static final int RUNS = 20;
    private static final LocalDate FIRST_DAY = LocalDate.of(ReachBenchmarkData.FIRST_YEAR, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(ReachBenchmarkData.LAST_YEAR, 12, 31);
    private static final int YEAR = 2024;
    private static final int CHANGES = 5;
    private static final Duration CHANGE_LIMIT = Duration.ofSeconds(60);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClasses(ReachBenchmarkData.class);
    }

    @Inject
    ReachUpdater updater;

    @Inject
    ReachService reports;

    @Inject
    Clock clock;

    @Inject
    ChangeLog changeLog;

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    /** A report to time (exact as an editor sees it, or as the public does), and what the timed runs measured. */
    private record Measured(String name, ReachQuery query, boolean exact, long[] nanos, long[] cpuNanos,
                            long[] allocated, ReachReport report) {

        Measured(String name, ReachQuery query, boolean exact) {
            this(name, query, exact, null, null, null, null);
        }

        double percentile(double fraction) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(fraction * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }

        double max() {
            return Arrays.stream(nanos).max().orElse(0) / 1e6;
        }

        /** The median processor time of the report's thread: what a report costs, whatever else runs. */
        double cpuMedian() {
            long[] sorted = cpuNanos.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2] / 1e6;
        }

        double allocatedMb() {
            return Arrays.stream(allocated).average().orElse(0) / 1e6;
        }
    }

    /** What the summary in memory holds. */
    private record Summary(long facts, int sources, long columnBytes) {
    }

    @Test
    void reportLatency() throws Exception {
        long heapBefore = heapAfterGc();
        int demoFacts = updater.facts().factCount();

        long start = System.nanoTime();
        Dataset data;
        try (Connection connection = dataSource.getConnection()) {
            data = new ReachBenchmarkData(SEED, clock.instant(), connection).insert(connection, SIZES);
        }
        double generated = seconds(start);
        assertTrue(data.facts() >= 1_000_000, "facts written: " + data.facts());
        assertTrue(data.activities() >= 20_000, "activities written: " + data.activities());

        start = System.nanoTime();
        updater.rebuild();
        double rebuilt = seconds(start);
        long heapAfter = heapAfterGc();
        Summary summary = summary(updater.facts());
        assertEquals(demoFacts + data.facts(), summary.facts(),
                "the summary holds the demo data's facts and every fact written");
        long[] database = databaseCounts();

        ReachQuery tenYears = new ReachQuery(Set.of(), FIRST_DAY, LAST_DAY, Set.of(), Set.of(), Set.of(), Set.of());
        List<Measured> measured = measure(List.of(
                new Measured("Stockholms län " + YEAR, ReachQuery.year(YEAR, Set.of("01")), true),
                new Measured("Gotlands län " + YEAR, ReachQuery.year(YEAR, Set.of("09")), true),
                new Measured("Hela landet " + FIRST_DAY.getYear() + "–" + LAST_DAY.getYear(), tenYears, true),
                new Measured("Hela landet " + YEAR, ReachQuery.year(YEAR, Set.of()), true),
                new Measured("Hela landet " + YEAR + ", utbildningsdagar om hedersrelaterat våld",
                        new ReachQuery(Set.of(), LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31),
                                Set.of("utbildningsdag"), Set.of("hedersrelaterat-vald"), Set.of(), Set.of()), true),
                new Measured("Stockholms län " + YEAR + ", as the public sees it", ReachQuery.year(YEAR, Set.of("01")),
                        false),
                new Measured("Hela landet " + FIRST_DAY.getYear() + "–" + LAST_DAY.getYear()
                        + ", as the public sees it", tenYears, false)));
        checkFigures(measured);
        long[] followed = followChanges();

        String report = report(data, generated, rebuilt, heapBefore, heapAfter, summary, database, measured,
                followed);
        System.out.println("\nReach benchmark (" + Runtime.getRuntime().availableProcessors() + " cores)\n" + report);
        Path directory = projectRoot().resolve("target").resolve("benchmark");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("reach.md"), report);
    }

    // ---- timing

    /** Warms up, then runs every report once per round, RUNS rounds, so noise spreads over all of them. */
    private List<Measured> measure(List<Measured> queries) {
        for (int i = 0; i < WARM_UP; i++) {
            queries.forEach(q -> reports.report(q.query(), q.exact()));
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[][] nanos = new long[queries.size()][RUNS];
        long[][] cpu = new long[queries.size()][RUNS];
        long[][] allocated = new long[queries.size()][RUNS];
        ReachReport[] last = new ReachReport[queries.size()];
        for (int run = 0; run < RUNS; run++) {
            for (int q = 0; q < queries.size(); q++) {
                long bytes = threads.getCurrentThreadAllocatedBytes();
                long before = System.nanoTime();
                long cpuBefore = threads.getCurrentThreadCpuTime();
                last[q] = reports.report(queries.get(q).query(), queries.get(q).exact());
                nanos[q][run] = System.nanoTime() - before;
                cpu[q][run] = threads.getCurrentThreadCpuTime() - cpuBefore;
                allocated[q][run] = threads.getCurrentThreadAllocatedBytes() - bytes;
            }
        }
        List<Measured> measured = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            Measured query = queries.get(q);
            measured.add(new Measured(query.name(), query.query(), query.exact(), nanos[q], cpu[q], allocated[q],
                    last[q]));
        }
        return measured;
    }

    /** Figures that must hold whatever the data: a report that breaks them is wrong, however fast. */
    private static void checkFigures(List<Measured> measured) {
        for (Measured m : measured) {
            ReachReport report = m.report();
            assertTrue(report.persons().value() > 0, m.name() + ": nobody reached");
            assertTrue(report.persons().value() <= report.participations().value(),
                    m.name() + ": more persons than participations");
            assertTrue(report.municipalitiesReached() <= 290, m.name() + ": more municipalities than Sweden has");
        }
        ReachReport stockholm = measured.get(0).report();
        ReachReport gotland = measured.get(1).report();
        ReachReport country = measured.get(2).report();
        ReachReport nationalYear = measured.get(3).report();
        ReachReport narrowed = measured.get(4).report();
        for (ReachReport part : List.of(stockholm, gotland, nationalYear, narrowed)) {
            assertTrue(country.persons().value() >= part.persons().value(), "a part reached more than the country");
            assertTrue(country.participations().value() >= part.participations().value());
            assertTrue(country.municipalitiesReached() >= part.municipalitiesReached());
            assertTrue(country.activities() >= part.activities());
        }
        for (ReachReport county : List.of(stockholm, gotland)) {
            assertTrue(nationalYear.persons().value() >= county.persons().value(), "a county above its country");
        }
        assertTrue(narrowed.persons().value() <= nationalYear.persons().value(), "narrowing the kinds reached more");
        assertTrue(stockholm.persons().value() > gotland.persons().value(), "Stockholm is larger than Gotland");
        assertTrue(country.persons().value() < country.participations().value(), "people come back");
        assertTrue(stockholm.municipalityShare() != null && stockholm.municipalityShare() <= 100,
                "Stockholm's share of its municipalities: " + stockholm.municipalityShare());
    }

    // ---- a change followed

    /**
     * How long a change takes to show in the reports: a course participant (one who came to nothing else) is
     * marked absent and the change committed with its change-log entry, as the attendance page does; then the
     * report of the course's county and day is asked until its attended count has fallen. Nobody calls the
     * updater: it is woken by the commit. Milliseconds per change, {@link #CHANGES} changes one after the other.
     */
    private long[] followChanges() throws Exception {
        List<?> rows = em.createNativeQuery("SELECT r.id, c.county_code, c.starts_on FROM registration r"
                + " JOIN course c ON c.id = r.course_id WHERE r.status = 'ATTENDED' AND c.starts_on >= ?"
                + " AND NOT EXISTS (SELECT 1 FROM registration o WHERE o.account_id = r.account_id AND o.id <> r.id)"
                + " ORDER BY r.id LIMIT " + CHANGES).setParameter(1, LocalDate.of(YEAR, 1, 1)).getResultList();
        assertEquals(CHANGES, rows.size(), "course participants to change");
        long[] millis = new long[CHANGES];
        for (int i = 0; i < CHANGES; i++) {
            Object[] row = (Object[]) rows.get(i);
            long registration = ((Number) row[0]).longValue();
            LocalDate day = row[2] instanceof LocalDate local ? local : ((Date) row[2]).toLocalDate();
            ReachQuery query = new ReachQuery(Set.of((String) row[1]), day, day, Set.of(), Set.of(), Set.of(),
                    Set.of());
            long attended = reports.report(query, true).attended().value();
            transaction.begin();
            em.joinTransaction();
            em.createNativeQuery("UPDATE registration SET status = 'NO_SHOW' WHERE id = ?")
                    .setParameter(1, registration).executeUpdate();
            changeLog.record("registration", String.valueOf(registration), ChangeOperation.UPDATE);
            transaction.commit();
            long start = System.nanoTime();
            long deadline = start + CHANGE_LIMIT.toNanos();
            while (reports.report(query, true).attended().value() != attended - 1) {
                assertTrue(System.nanoTime() < deadline, "the change did not reach the report in " + CHANGE_LIMIT);
                Thread.sleep(5);
            }
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        return millis;
    }

    // ---- memory and the database

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The facts in memory and the bytes of their columns (ten int columns and one byte column per source). */
    private static Summary summary(ReachFacts facts) {
        long count = 0;
        long bytes = 0;
        int sources = 0;
        for (ReachFacts.Source source : facts.sources()) {
            sources++;
            count += source.size();
            bytes += 10 * array(4L * source.size()) + array(source.size());
        }
        return new Summary(count, sources, bytes);
    }

    /** An array's size on a 64-bit JVM with compressed pointers: a 16-byte header, padded to 8 bytes. */
    private static long array(long payload) {
        return (16 + payload + 7) / 8 * 8;
    }

    /** Rows of the summary tables: {facts, persons, activities}. */
    private long[] databaseCounts() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT (SELECT COUNT(*) FROM reach_fact),"
                     + " (SELECT COUNT(*) FROM reach_person), (SELECT COUNT(*) FROM reach_activity)")) {
            row.next();
            return new long[] {row.getLong(1), row.getLong(2), row.getLong(3)};
        }
    }

    // ---- the report

    private static String report(Dataset data, double generated, double rebuilt, long heapBefore, long heapAfter,
                                 Summary summary, long[] database, List<Measured> measured, long[] followed) {
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, """
                        Dataset: %d facts from %d activities written in %.1f s (%d accounts, %d new organisations; \
                        %d courses with %d registrations, %d of them cancelled; %d networks with %d memberships, \
                        %d meetings (%d cancelled) with %d attendance marks; %d municipal visits with %d counts; \
                        %d count-only activities with %d counts; %d study groups with %d members with an account, \
                        %d recorded members and %d counts; %d web-course enrolments, %d completed).

                        | Summary | Value |
                        |---|---|
                        | Facts in the summary (with the demo data's) | %d |
                        | Sources (a course, a meeting, an enrolment …) | %d |
                        | Rows of reach_fact / reach_person / reach_activity | %d / %d / %d |
                        | Rebuild (tables from the views, then into memory) | %.1f s |
                        | Columns in memory (arrays alone) | %.1f MB |
                        | Heap used after a full GC, before the data / after the rebuild | %.0f MB / %.0f MB \
                        (max %.0f MB) |

                        | Report (ReachService.report) | median ms | p95 ms | max ms | median CPU ms | allocated MB | \
                        persons | participations | municipalities | activities |
                        |---|---|---|---|---|---|---|---|---|---|
                        """,
                data.facts(), data.activities(), generated, data.accounts(), data.organisations(), data.courses(),
                data.registrations(), data.cancelled(), data.networks(), data.networkMembers(), data.meetings(),
                data.cancelledMeetings(), data.attendance(), data.visits(), data.visitCounts(),
                data.countedActivities(), data.countedRows(), data.studyGroups(), data.groupMembers(),
                data.recordedGroupMembers(), data.groupCounts(), data.enrolments(), data.completions(),
                summary.facts(), summary.sources(), database[0], database[1], database[2], rebuilt,
                summary.columnBytes() / 1e6, heapBefore / 1e6, heapAfter / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6));
        for (Measured m : measured) {
            report.append(String.format(Locale.ROOT,
                    "| %s | %.1f | %.1f | %.1f | %.1f | %.0f | %d | %d | %d | %d |%n",
                    m.name(), m.percentile(0.5), m.percentile(0.95), m.max(), m.cpuMedian(), m.allocatedMb(),
                    m.report().persons().value(), m.report().participations().value(),
                    m.report().municipalitiesReached(), m.report().activities()));
        }
        report.append(String.format(Locale.ROOT, "%nEach report: %d warm-up rounds, then %d timed rounds of all %d.%n",
                WARM_UP, RUNS, measured.size()));
        long[] sorted = followed.clone();
        Arrays.sort(sorted);
        report.append(String.format(Locale.ROOT, "A change in the reports (a participant marked absent, committed"
                        + " with its change-log entry, until the county's report of the day shows it): median %d ms,"
                        + " max %d ms (%d changes: %s ms).%n", sorted[sorted.length / 2], sorted[sorted.length - 1],
                followed.length, Arrays.toString(followed)));
        return report.toString();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static Path projectRoot() {
        Path root = Path.of(System.getProperty("project.root", ".")).toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(root.resolve("content")), "not the project's directory: " + root);
        return root;
    }
}

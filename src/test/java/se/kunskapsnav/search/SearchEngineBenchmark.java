package se.kunskapsnav.search;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.search.SearchBenchmarkText.County;
import se.kunskapsnav.search.SearchBenchmarkText.Municipality;
import se.kunskapsnav.search.SearchBenchmarkText.Subject;
import se.kunskapsnav.search.SearchBenchmarkText.Term;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search engine alone over 100 000 generated documents, without Payara or a database: how long writing them
 * takes (wall-clock and the process's CPU time) and what each query costs with every query run anew (wall-clock and
 * the searching thread's CPU time). The documents are shaped as {@link SearchDocuments} shapes courses, meetings,
 * networks and materials, from the same seeded text as {@link SearchBenchmark}, and the queries are that
 * benchmark's. CPU time is what tells two versions apart on a machine others share: wall-clock then measures the
 * machine. Not a test of speed; run it with
 * {@code ./mvnw -Pbenchmark verify -Dit.test=SearchEngineBenchmark -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false};
 * the figures go to the console and {@code target/benchmark/search-engine.md}.
 */
class SearchEngineBenchmark {

    private static final long SEED = 20261122L;
    private static final int NETWORKS = 400;
    private static final int MEETINGS = 10_000;
    private static final int COURSES = 40_000;
    private static final int MATERIALS = 50_000;
    private static final int WARM_UP = 500;
    private static final int TIMED = 2_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2028, 12, 31);
    private static final LocalDate LAST_PUBLISHED = LocalDate.of(2026, 6, 30);
    /** A fixed day, so which courses are coming is the same in every run. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void writeAndQuery() throws IOException {
        Path root = Path.of(System.getProperty("project.root", ".")).toAbsolutePath().normalize();
        Path directory = root.resolve("target").resolve("benchmark").resolve("search-engine-index");
        SearchIndex.deleteTree(directory);
        SearchAnalysis analysis = QualityCorpus.portalAnalysis();
        List<SearchDocument> documents = documents(new SearchBenchmarkText(root, new Random(SEED)));

        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double load = os.getSystemLoadAverage();
        long cpuBefore = os.getProcessCpuTime();
        long start = System.nanoTime();
        try (SearchIndex index = SearchIndex.createGeneration(directory, analysis)) {
            ParallelWriter writer = new ParallelWriter(index, Thread.ofPlatform().daemon().factory(), () -> { });
            documents.forEach(writer);
            writer.finish();
            index.commit(1);
            double writeSeconds = (System.nanoTime() - start) / 1e9;
            double writeCpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
            assertEquals(documents.size(), index.documents());

            SearchEngine engine = new SearchEngine(analysis, false);
            List<SearchBenchmark.Query> queries = SearchBenchmark.QUERIES;
            Map<SearchBenchmark.Query, Long> totals = new LinkedHashMap<>();
            for (SearchBenchmark.Query query : queries) {
                long total = index.withSearcher(searcher -> search(engine, searcher, query)).total();
                assertTrue(total > 0, "no hits for " + query.label());
                totals.put(query, total);
            }
            for (int i = 0; i < WARM_UP; i++) {
                SearchBenchmark.Query query = queries.get(i % queries.size());
                index.withSearcher(searcher -> search(engine, searcher, query));
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[] wall = new long[TIMED];
            long[] cpu = new long[TIMED];
            Map<SearchBenchmark.Query, List<Long>> cpuByQuery = new LinkedHashMap<>();
            for (int i = 0; i < TIMED; i++) {
                SearchBenchmark.Query query = queries.get(i % queries.size());
                long cpuStart = threads.getCurrentThreadCpuTime();
                long wallStart = System.nanoTime();
                index.withSearcher(searcher -> search(engine, searcher, query));
                wall[i] = System.nanoTime() - wallStart;
                cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
                cpuByQuery.computeIfAbsent(query, q -> new ArrayList<>()).add(cpu[i]);
            }
            String report = report(documents.size(), load, os.getSystemLoadAverage(), writeSeconds, writeCpu,
                    size(directory), wall, cpu, cpuByQuery, totals);
            System.out.println("\nSearch engine benchmark (" + Runtime.getRuntime().availableProcessors()
                    + " cores)\n" + report);
            Files.writeString(directory.resolveSibling("search-engine.md"), report);
        } finally {
            SearchIndex.deleteTree(directory);
        }
    }

    private static SearchResults search(SearchEngine engine, org.apache.lucene.search.IndexSearcher searcher,
                                        SearchBenchmark.Query query) {
        return engine.search(searcher, query.request(), SearchCaller.ANONYMOUS, (dimension, code) -> code, TODAY);
    }

    // ---- the documents, as SearchDocuments makes them of the rows SearchBenchmarkData writes

    static List<SearchDocument> documents(SearchBenchmarkText text) {
        List<SearchDocument> documents = new ArrayList<>();
        List<Network> networks = new ArrayList<>();
        for (int i = 0; i < NETWORKS; i++) {
            County county = text.county();
            Term theme = text.oneOf(text.themes());
            Subject subject = text.subject(theme, text.audience(1, 1).getFirst(), text.municipality(county), county,
                    2026);
            String name = text.networkName(theme, subject.audience(), county);
            List<Term> professions = text.audience(1, 3);
            Network network = new Network(i + 1, name, county, theme, professions);
            networks.add(network);
            documents.add(SearchDocument.open("network:" + network.id(), SearchType.NETWORK, name,
                    text.paragraphs(subject, 50, 120), lines(theme.name(), names(professions), county.name()),
                    "/natverk/" + network.id(), null, List.of(county.code()), List.of(theme.code()),
                    codes(professions)));
        }
        for (int i = 0; i < MEETINGS; i++) {
            Network network = text.oneOf(networks);
            Municipality place = text.municipality(network.county());
            LocalDate day = text.day(FIRST_DAY, LAST_DAY);
            Term theme = text.oneOf(text.themes());
            Subject subject = text.subject(theme, text.audience(1, 1).getFirst(), place, network.county(),
                    day.getYear());
            String title = text.meetingTitle(day, theme, place);
            String agenda = text.agenda(subject);
            String minutes = day.isBefore(TODAY) ? text.paragraphs(subject, 80, 200) : "";
            boolean online = text.chance(30);
            documents.add(new SearchDocument("meeting:" + (i + 1), SearchType.MEETING, title, network.name(),
                    lines(online ? "" : "Kommunhuset i " + place.name(), day.toString(), network.county().name()),
                    "/natverk/" + network.id(), day, List.of(network.county().code()),
                    List.of(network.theme().code()), codes(network.professions()), Set.of(Access.PUBLIC),
                    lines(agenda, minutes), "/natverk/traffar/" + (i + 1),
                    Set.of(Access.member(network.id()), Access.editor(network.county().code()))));
        }
        for (int i = 0; i < COURSES; i++) {
            SearchBenchmarkText.CourseText course = text.course(FIRST_DAY, LAST_DAY);
            List<Term> targetGroups = text.targetGroups(0, 2);
            documents.add(SearchDocument.open("course:" + (i + 1), SearchType.COURSE, course.title(),
                    lines(course.summary(), course.description()), lines(course.kind().name(),
                            names(course.themes()), names(targetGroups), names(course.audience()),
                            course.county().name(), "Länsstyrelsen i " + course.place().name(),
                            course.day().toString()),
                    "/kurser/" + (i + 1), course.day(), List.of(course.county().code()), codes(course.themes()),
                    codes(course.audience())));
        }
        for (int i = 0; i < MATERIALS; i++) {
            boolean national = text.chance(15);
            County county = text.county();
            Municipality place = text.municipality(county);
            LocalDate published = text.day(FIRST_DAY, LAST_PUBLISHED);
            boolean link = text.chance(12);
            List<Term> themes = text.some(text.themes(), 1, 3);
            List<Term> audience = text.audience(1, 4);
            Subject subject = text.subject(themes.getFirst(), audience.getFirst(), place, county,
                    published.getYear());
            String type = link ? "WEB_PAGE" : "PUBLICATION";
            String title = text.materialTitle(type, themes.getFirst(), audience.getFirst(), place, county,
                    published.getYear());
            String summary = text.paragraphs(subject, 25, 60);
            int visibility = text.between(1, 100);
            Set<String> access = new HashSet<>();
            if (!national) {
                access.add(Access.editor(county.code()));
            }
            access.add(visibility > 88 ? Access.LOGGED_IN : Access.PUBLIC);
            String fileText = link ? "" : title + "\n\n" + text.paragraphs(subject, 150, 400);
            List<Term> targetGroups = text.targetGroups(0, 2);
            documents.add(new SearchDocument("material:" + (i + 1), SearchType.MATERIAL, title,
                    lines(summary, fileText), lines(names(themes), names(targetGroups), names(audience),
                            national ? "" : county.name()),
                    "/material/" + (i + 1), published, national ? List.of() : List.of(county.code()),
                    codes(themes), codes(audience), access, "", null, Set.of()));
        }
        return documents;
    }

    private record Network(long id, String name, County county, Term theme, List<Term> professions) {
    }

    private static String names(Collection<Term> terms) {
        return terms.stream().map(Term::name).collect(Collectors.joining(", "));
    }

    private static List<String> codes(Collection<Term> terms) {
        return terms.stream().map(Term::code).toList();
    }

    private static String lines(String... parts) {
        return Arrays.stream(parts).filter(part -> !part.isBlank()).collect(Collectors.joining("\n"));
    }

    // ---- the report

    private static String report(int documents, double loadBefore, double loadAfter, double writeSeconds,
                                 double writeCpu, long bytes, long[] wall, long[] cpu,
                                 Map<SearchBenchmark.Query, List<Long>> cpuByQuery,
                                 Map<SearchBenchmark.Query, Long> totals) {
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, """
                        Load average: %.1f before writing, %.1f after the queries.

                        | Writing | Value |
                        |---|---|
                        | Documents | %d |
                        | Writing them, wall-clock | %.1f s |
                        | Writing them, CPU time of the process (all threads) | %.1f s |
                        | Index on disk | %.0f MB |

                        | Queries, every one run anew, 1 thread (%d timed) | p50 ms | p95 ms | p99 ms | max ms | mean ms |
                        |---|---|---|---|---|---|
                        """, loadBefore, loadAfter, documents, writeSeconds, writeCpu, bytes / 1e6, wall.length));
        report.append(row("wall-clock", wall)).append(row("CPU time of the searching thread", cpu));
        report.append("\n| Query (CPU time, slowest first) | Hits | median ms | p95 ms |\n|---|---|---|---|\n");
        cpuByQuery.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(),
                        entry.getValue().stream().mapToLong(Long::longValue).sorted().toArray()))
                .sorted(Comparator.comparingLong((Map.Entry<SearchBenchmark.Query, long[]> entry)
                        -> entry.getValue()[entry.getValue().length / 2]).reversed())
                .forEach(entry -> report.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f |%n",
                        entry.getKey().label(), totals.get(entry.getKey()),
                        entry.getValue()[entry.getValue().length / 2] / 1e6,
                        percentile(entry.getValue(), 0.95))));
        return report.toString();
    }

    private static String row(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f |%n", name,
                percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6, Arrays.stream(sorted).average().orElse(0) / 1e6);
    }

    private static double percentile(long[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static long size(Path directory) throws IOException {
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}

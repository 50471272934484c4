package se.kunskapsnav.search;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kunskapsnav.accounts.TestAccounts;
import se.kunskapsnav.platform.ClockProducer;
import se.kunskapsnav.platform.PortalConfig;
import se.kunskapsnav.platform.PortalDataSource;
import se.kunskapsnav.search.SearchBenchmarkData.Dataset;
import se.kunskapsnav.testsupport.Api;
import se.kunskapsnav.testsupport.Deployments;
import se.kunskapsnav.testsupport.TestDatabase;

import javax.sql.DataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search over 100 000 generated documents: how long a full rebuild of the index takes, and how fast queries
 * are answered in-process and over HTTP with 8 concurrent clients. Not a test of speed: it asserts only that
 * the index holds every document, that every query finds something and that no request failed, and prints
 * the figures. Run it with {@code ./mvnw -Pbenchmark verify -Dit.test=SearchBenchmark}; the figures go to
 * the console and {@code target/benchmark/search.md}. It runs inside Payara, so the clients share the
 * server's JVM and the machine's cores with it, as the registration benchmark does.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class SearchBenchmark {

    /** The same seed every run, so runs index the same text and their figures can be compared. */
    private static final long SEED = 20261122L;
    private static final int NETWORKS = 400;
    private static final int MEETINGS = 10_000;
    private static final int COURSES = 40_000;
    private static final int MATERIALS = 50_000;
    private static final int IN_PROCESS_WARM_UP = 500;
    private static final int IN_PROCESS_QUERIES = 2_000;
    private static final int HTTP_CLIENTS = 8;
    private static final int HTTP_WARM_UP = 800;
    private static final int HTTP_REQUESTS = 4_000;
    /** Fewer than {@link #HTTP_WARM_UP}: the code is warm by then, and the different requests are few enough. */
    private static final int HTTP_NEW_WARM_UP = 400;
    private static final Duration START_UP_BUILD_LIMIT = Duration.ofMinutes(2);
    private static final Duration REBUILD_LIMIT = Duration.ofMinutes(20);
    private static final String ADMINISTRATOR = "admin@demo.kunskapsnav.se";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClasses(SearchBenchmarkText.class, SearchBenchmarkData.class,
                TestAccounts.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    SearchIndexer indexer;

    @Inject
    SearchService search;

    @Inject
    SearchWords words;

    @Inject
    SearchDocuments documents;

    @Inject
    TestAccounts testAccounts;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    /** A search as the search page sends it: the text and the chosen facets and sort, null for none. */
    record Query(String text, String type, String county, String theme, String audience, String year,
                         String sort, String page) {

        static Query of(String text) {
            return new Query(text, null, null, null, null, null, null, null);
        }

        SearchRequest request() {
            return SearchRequest.parse(text, type, county, theme, audience, year, sort, page, null);
        }

        /** The chosen facets, sort and page as the address names them. */
        Map<String, String> parameters() {
            Map<String, String> parameters = new LinkedHashMap<>();
            String[][] all = {{"typ", type}, {"lan", county}, {"tema", theme}, {"yrke", audience}, {"ar", year},
                    {"sortering", sort}, {"sida", page}};
            for (String[] parameter : all) {
                if (parameter[1] != null) {
                    parameters.put(parameter[0], parameter[1]);
                }
            }
            return parameters;
        }

        String path() {
            StringBuilder path = new StringBuilder("api/sok?q=").append(encode(text));
            parameters().forEach((name, value) -> path.append('&').append(name).append('=').append(encode(value)));
            return path.toString();
        }

        /** How the query reads in the report (a Markdown table cell). */
        String label() {
            StringBuilder label = new StringBuilder(text);
            parameters().forEach((name, value) -> label.append(' ').append(name).append('=').append(value));
            return label.toString().replace("|", "\\|");
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    /**
     * What people type: single words (some that synonyms or compound splitting must find), two words, quoted
     * phrases, facet choices, newest first, a later page and misspellings that take the spelling path.
     */
    static final List<Query> QUERIES = List.of(
            Query.of("våld"), Query.of("hedersrelaterat"), Query.of("barnäktenskap"), Query.of("FREDA"),
            Query.of("könsstympning"), Query.of("socialsekreterare"), Query.of("kvinnofrid"),
            Query.of("våldsutövare"), Query.of("samverkan"), Query.of("missbruk"), Query.of("människohandel"),
            Query.of("Kiruna"), Query.of("Malmö"), Query.of("checklista"), Query.of("skyddsbedömning"),
            Query.of("handlingsplan"), Query.of("hedersvåld"), Query.of("relationsvåld"), Query.of("trafficking"),
            Query.of("samordnare"),
            Query.of("skyddat boende"), Query.of("digitalt våld"), Query.of("ekonomiskt våld"),
            Query.of("våld äldre"), Query.of("barn skyddat boende"), Query.of("psykisk hälsa"),
            Query.of("socialtjänsten Göteborg"), Query.of("våldsutsatta kvinnor"), Query.of("kvinnojourer Skåne"),
            Query.of("\"våld i nära relationer\""), Query.of("\"våld mot äldre\""),
            Query.of("\"barn som upplever våld\""), Query.of("\"hedersrelaterat våld och förtryck\" fördjupning"),
            new Query("våld", "kurs", null, null, null, null, null, null),
            new Query("utbildning", null, "12", null, null, null, null, null),
            new Query("rutin", "material", "01", null, null, null, null, null),
            new Query("stöd", null, null, "hedersrelaterat-vald", null, null, null, null),
            new Query("nätverk", null, null, null, "socialsekreterare", null, null, null),
            new Query("våld", null, null, null, null, "2027", null, null),
            new Query("FREDA", null, null, null, null, null, "datum", null),
            new Query("barn", "traff", null, null, null, null, "datum", null),
            new Query("socialsekreterare", null, null, null, null, null, null, "3"),
            Query.of("könsstymning"), Query.of("hedersrelaterad förtryk"));

    /** Latencies of one kind of measurement, in nanoseconds. */
    private record Latencies(String name, long[] nanos, double seconds, int errors) {

        double percentile(double fraction) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(fraction * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }

        double max() {
            return Arrays.stream(nanos).max().orElse(0) / 1e6;
        }

        double perSecond() {
            return nanos.length / seconds;
        }
    }

    @Test
    void rebuildAndQueryLatency() throws Exception {
        awaitNoRebuild(); // the start-up build of the demo data

        long start = System.nanoTime();
        Dataset data;
        try (Connection connection = dataSource.getConnection()) {
            data = new SearchBenchmarkData(new SearchBenchmarkText(projectRoot(), new Random(SEED)), clock.instant())
                    .insert(connection, NETWORKS, MEETINGS, COURSES, MATERIALS);
        }
        double generated = (System.nanoTime() - start) / 1e9;

        Rebuild rebuild = rebuildAsAdministrator();
        assertTrue(rebuild.documents() >= data.documents(),
                "the index holds " + rebuild.documents() + " documents of the " + data.documents() + " written");
        System.gc();
        long heapBytes = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

        Map<Query, Long> totals = new LinkedHashMap<>();
        for (Query query : QUERIES) {
            long total = search.search(query.request()).total();
            assertTrue(total > 0, "no hits for " + query.label());
            totals.put(query, total);
        }
        Map<Query, List<Long>> byQuery = new LinkedHashMap<>();
        Latencies engine = inProcessEngine(byQuery);
        Latencies inProcess = inProcess();
        Latencies http = http();
        assertEquals(0, http.errors(), "HTTP requests that failed");
        Latencies httpNew = httpNew();
        assertEquals(0, httpNew.errors(), "HTTP requests that failed");

        String report = report(data, generated, rebuild, heapBytes, List.of(engine, inProcess, http, httpNew),
                http.errors() + httpNew.errors(), totals, byQuery);
        System.out.println("\nSearch benchmark (" + Runtime.getRuntime().availableProcessors() + " cores)\n"
                + report);
        Path directory = projectRoot().resolve("target").resolve("benchmark");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("search.md"), report);
    }

    // ---- the rebuild

    /** A rebuild's figures: its duration as the indexer measured it, and what it left on disk. */
    private record Rebuild(int documents, double seconds, double reading, long bytes) {
    }

    /**
     * The rebuild an administrator starts: {@code POST /api/sok/index/ombyggnad}, then {@code GET /api/sok/index}
     * until it is done; its duration is the indexer's own ({@code lastRebuildTook}).
     */
    private Rebuild rebuildAsAdministrator() throws Exception {
        Api api = new Api(URI.create(base.toString()));
        String administrator = testAccounts.tokenFor(ADMINISTRATOR);
        HttpResponse<String> started = api.send("POST", "api/sok/index/ombyggnad", administrator, null);
        assertEquals(202, started.statusCode(), started.body());
        assertTrue(Api.object(started).getBoolean("rebuilding"), started.body());
        long deadline = System.nanoTime() + REBUILD_LIMIT.toNanos();
        JsonObject status;
        do {
            assertTrue(System.nanoTime() < deadline, "the rebuild did not finish in " + REBUILD_LIMIT);
            Thread.sleep(500);
            status = Api.object(api.send("GET", "api/sok/index", administrator, null));
        } while (status.getBoolean("rebuilding"));
        assertNull(status.getString("lastRebuildProblem", null), "the rebuild failed");
        return new Rebuild(status.getInt("documents"),
                Duration.parse(status.getString("lastRebuildTook")).toMillis() / 1e3, readAllDocuments(),
                size(config.searchDir()));
    }

    /**
     * Reading every document from the database without indexing it: the part of a rebuild that is not
     * Lucene's, to tell where a rebuild's time goes. It runs after the rebuild, so the database's caches and
     * the JIT are warm for it.
     */
    private double readAllDocuments() {
        AtomicLong read = new AtomicLong();
        long start = System.nanoTime();
        documents.all(total -> { }, document -> read.incrementAndGet());
        assertTrue(read.get() > 0);
        return (System.nanoTime() - start) / 1e9;
    }

    private void awaitNoRebuild() throws InterruptedException {
        long deadline = System.nanoTime() + START_UP_BUILD_LIMIT.toNanos();
        // the index opens in the background after the deployment: not yet available, and no rebuild yet either
        while (!indexer.status().available() || indexer.status().rebuilding()) {
            assertTrue(System.nanoTime() < deadline, "the start-up build did not finish in " + START_UP_BUILD_LIMIT);
            Thread.sleep(200);
        }
    }

    private static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    // ---- in-process

    /**
     * The engine itself, every query run anew (no answers kept), as an anonymous caller: what a query costs the
     * first time after the index changed.
     */
    private Latencies inProcessEngine(Map<Query, List<Long>> byQuery) {
        SearchEngine engine = new SearchEngine(words.analysis(), false);
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.SWEDEN));
        for (int i = 0; i < IN_PROCESS_WARM_UP; i++) {
            SearchRequest request = QUERIES.get(i % QUERIES.size()).request();
            indexer.withSearcher(searcher -> engine.search(searcher, request, SearchCaller.ANONYMOUS,
                    (dimension, code) -> code, today));
        }
        long[] nanos = new long[IN_PROCESS_QUERIES];
        long start = System.nanoTime();
        for (int i = 0; i < IN_PROCESS_QUERIES; i++) {
            Query query = QUERIES.get(i % QUERIES.size());
            SearchRequest request = query.request();
            long before = System.nanoTime();
            indexer.withSearcher(searcher -> engine.search(searcher, request, SearchCaller.ANONYMOUS,
                    (dimension, code) -> code, today));
            nanos[i] = System.nanoTime() - before;
            byQuery.computeIfAbsent(query, q -> new ArrayList<>()).add(nanos[i]);
        }
        return new Latencies("In-process, engine, every query run anew, 1 thread", nanos,
                (System.nanoTime() - start) / 1e9, 0);
    }

    /** {@code SearchService.search} as the pages call it: answers are kept per index generation and caller. */
    private Latencies inProcess() {
        for (int i = 0; i < IN_PROCESS_WARM_UP; i++) {
            search.search(QUERIES.get(i % QUERIES.size()).request());
        }
        long[] nanos = new long[IN_PROCESS_QUERIES];
        long start = System.nanoTime();
        for (int i = 0; i < IN_PROCESS_QUERIES; i++) {
            long before = System.nanoTime();
            search.search(QUERIES.get(i % QUERIES.size()).request());
            nanos[i] = System.nanoTime() - before;
        }
        return new Latencies("In-process, SearchService (answers kept), 1 thread", nanos,
                (System.nanoTime() - start) / 1e9, 0);
    }

    // ---- over HTTP

    /** The fixed queries over and over: after the first time, answered from the answers kept. */
    private Latencies http() throws Exception {
        return http("HTTP, " + HTTP_CLIENTS + " clients", HTTP_WARM_UP, i -> QUERIES.get(i % QUERIES.size()));
    }

    /** Requests none of which was asked before, so each is searched anew: as people ask after the index changed. */
    private Latencies httpNew() throws Exception {
        List<Query> distinct = distinctQueries(HTTP_NEW_WARM_UP + HTTP_REQUESTS);
        return http("HTTP, " + HTTP_CLIENTS + " clients, every request new", HTTP_NEW_WARM_UP, distinct::get);
    }

    /** {@code warmUp} requests, then {@link #HTTP_REQUESTS} timed: the {@code i}th request asks {@code queries(i)}. */
    private Latencies http(String name, int warmUp, IntFunction<Query> queries) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        URI root = URI.create(base.toString());
        run(client, root, warmUp, new long[warmUp], queries);
        long[] nanos = new long[HTTP_REQUESTS];
        long start = System.nanoTime();
        int errors = run(client, root, HTTP_REQUESTS, nanos, i -> queries.apply(warmUp + i));
        return new Latencies(name, nanos, (System.nanoTime() - start) / 1e9, errors);
    }

    /**
     * {@code count} different requests: the fixed queries, each with and without a county and a kind chosen, except
     * those asked before (the fixed queries themselves).
     */
    static List<Query> distinctQueries(int count) {
        List<String> counties = Arrays.asList(null, "01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13",
                "14", "17", "18", "19", "20", "21", "22", "23", "24", "25");
        List<String> types = Arrays.asList(null, "kurs", "material", "traff", "natverk");
        Set<String> asked = new HashSet<>();
        QUERIES.forEach(query -> asked.add(query.label()));
        List<Query> distinct = new ArrayList<>();
        for (String type : types) {
            for (String county : counties) {
                for (Query query : QUERIES) {
                    Query variant = new Query(query.text(), type, county, query.theme(), query.audience(),
                            query.year(), query.sort(), query.page());
                    if (asked.add(variant.label())) {
                        distinct.add(variant);
                    }
                }
            }
        }
        assertTrue(distinct.size() >= count, "only " + distinct.size() + " different requests");
        return distinct.subList(0, count);
    }

    /** {@code count} requests from {@link #HTTP_CLIENTS} threads, each sending its next one when answered. */
    private static int run(HttpClient client, URI root, int count, long[] nanos, IntFunction<Query> queries)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(HTTP_CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < HTTP_CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        HttpRequest request = HttpRequest.newBuilder(
                                root.resolve(queries.apply(i).path()))
                                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").build();
                        long before = System.nanoTime();
                        try {
                            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                            if (answer.statusCode() != 200 || !answer.body().contains("\"hits\"")) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                        nanos[i] = System.nanoTime() - before;
                    }
                    return null;
                }));
            }
            for (Future<?> task : running) {
                task.get();
            }
        } finally {
            clients.shutdown();
        }
        return errors.get();
    }

    // ---- the report

    private static String report(Dataset data, double generated, Rebuild rebuild,
                                 long heapBytes, List<Latencies> measured, int httpErrors,
                                 Map<Query, Long> totals, Map<Query, List<Long>> byQuery) {
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, """
                        Dataset: %d documents written (%d materials, %d of them with a file, %d courses, %d networks, \
                        %d meetings) in %.1f s; %.0f words per document on average (materials %.0f, courses %.0f, \
                        networks %.0f, meetings %.0f).

                        | Rebuild | Value |
                        |---|---|
                        | Documents in the index | %d |
                        | Full rebuild (lastRebuildTook) | %.1f s |
                        | Documents per second | %.0f |
                        | Reading the database and building the documents alone (measured apart, warm) | %.1f s |
                        | Index on disk | %.0f MB |
                        | Heap used after the rebuild (after a full GC) | %.0f MB of %.0f MB |

                        | Queries | Count | p50 ms | p95 ms | p99 ms | max ms | per second |
                        |---|---|---|---|---|---|---|
                        """,
                data.documents(), data.materials(), data.materialsWithFile(), data.courses(), data.networks(),
                data.meetings(), generated, (double) data.words() / data.documents(),
                (double) data.materialWords() / data.materials(), (double) data.courseWords() / data.courses(),
                (double) data.networkWords() / data.networks(), (double) data.meetingWords() / data.meetings(),
                rebuild.documents(), rebuild.seconds(), rebuild.documents() / rebuild.seconds(),
                rebuild.reading(), rebuild.bytes() / 1e6,
                heapBytes / 1e6, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / 1e6));
        for (Latencies latencies : measured) {
            report.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.0f |%n",
                    latencies.name(), latencies.nanos().length, latencies.percentile(0.50),
                    latencies.percentile(0.95), latencies.percentile(0.99), latencies.max(), latencies.perSecond()));
        }
        report.append("\nHTTP errors: ").append(httpErrors).append(".\n\n")
                .append("| Query (in-process engine, run anew, slowest first) | Hits | median ms | max ms |\n"
                        + "|---|---|---|---|\n");
        byQuery.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), entry.getValue().stream().mapToLong(Long::longValue)
                        .sorted().toArray()))
                .sorted(Comparator.comparingLong((Map.Entry<Query, long[]> entry)
                        -> entry.getValue()[entry.getValue().length / 2]).reversed())
                .forEach(entry -> report.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f |%n",
                        entry.getKey().label(), totals.get(entry.getKey()),
                        entry.getValue()[entry.getValue().length / 2] / 1e6,
                        entry.getValue()[entry.getValue().length - 1] / 1e6)));
        return report.toString();
    }

    /** The project, for the vocabularies and sentences (read from its files) and for the report. */
    private static Path projectRoot() {
        Path root = Path.of(System.getProperty("project.root", ".")).toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(root.resolve("content")), "not the project's directory: " + root);
        return root;
    }
}

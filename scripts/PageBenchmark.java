import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outside client of scripts/benchmark-pages: run with the JDK's single-file source launcher
 * ({@code java scripts/PageBenchmark.java BASE SECONDS TOKENS}), in its own JVM, against a running portal;
 * given the embedded database's port in {@code KUNSKAPSNAV_EMBEDDED_DB_PORT}, it also counts the SQL statements
 * per page request.
 * Pages: 8 connections, each sending its next request when answered, for SECONDS per page, after a warm-up
 * round over all of them; each page's rate is divided by the rate of a static file served by the same Payara,
 * measured just before the page, so that the machine's load of the moment weighs on both. Registrations: 500 participants register for one 100-seat course over 32 connections; the editor's
 * list must then show exactly 100 confirmed and a waiting list numbered 1..400. Given the database's port, it
 * counts the statements per registration and then times the course's lock: 500 more people register for a second
 * course with MariaDB's general log on, and the log tells, per registration, the time from the lock's grant to the
 * COMMIT sent, the time from one grant to the next (what one registration costs the course, the commit included)
 * and the statements from asking for the lock to COMMIT; the log slows the database, so these times are for
 * comparing versions, not a rate. TOKENS is a file of API tokens, one a line: the editor's first, then 1 200
 * participants' (200 for a warm-up course, 500 measured, 500 timed). SECONDS 0 measures the registrations only.
 * Uses only the JDK, so it needs no build. Prints Markdown tables; exits 1 if any check fails.
 */
public class PageBenchmark {

    static final int PAGE_CONNECTIONS = 8;
    static final int REGISTRATION_CONNECTIONS = 32;
    static final int SEATS = 100;
    static final int WARM_UP_REGISTRATIONS = 200;
    static final int REGISTRATIONS = 500;
    static final String STATIC_FILE = "/resources/css/kunskapsnav.css";

    static HttpClient http;
    static String base;
    static boolean failed;

    /** GETs of one address answered 200 (requests), answered otherwise or failed (errors), and bytes received. */
    record Rate(long requests, long errors, double seconds, long bytes) {
        double perSecond() {
            return requests / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        base = args[0];
        int seconds = Integer.parseInt(args[1]);
        List<String> tokens = Files.readAllLines(Path.of(args[2])).stream().filter(l -> !l.isBlank()).toList();
        String dbPort = System.getenv("KUNSKAPSNAV_EMBEDDED_DB_PORT");
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(REGISTRATION_CONNECTIONS))
                .connectTimeout(Duration.ofSeconds(10)).build();

        String editor = tokens.getFirst();
        try {
            if (seconds > 0) {
                pages(seconds, dbPort);
            }
            registrations(editor, tokens.subList(1, tokens.size()), dbPort);
        } catch (Exception e) {
            // the client's threads would keep the JVM, and the script waiting for it, alive
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(failed ? 1 : 0);
    }

    static void pages(int seconds, String dbPort) throws Exception {
        String coursePage = "/kurser/" + firstPublishedCourse();
        List<String> pages = List.of("/", "/kurser", coursePage, "/sok?q=" + encode("våld"), "/natverk",
                "/material", "/lan/01", "/uppfoljning", "/api/kurser", "/api/natverk", "/api/material",
                "/api/kommunbesok?lan=01", "/api/sok?q=" + encode("våld"));

        int warmUp = Math.max(2, seconds / 2);
        System.out.printf("Pages: %d connections, %d s per page, each right after %d s of %s (its reference)%n",
                PAGE_CONNECTIONS, seconds, warmUp, STATIC_FILE);
        // the JIT, the connection pool and the caches see every page before anything is measured; the static
        // file's rate rose for minutes on a busy machine when it was warmed up only briefly
        run(STATIC_FILE, seconds);
        for (String page : pages) {
            run(page, warmUp);
        }
        run(STATIC_FILE, seconds);
        System.out.println();
        System.out.println("| Page | Requests/s | Static file's requests/s just before | Ratio to static | Errors "
                + "| KB per answer | SQL statements per request |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String page : pages) {
            Rate reference = run(STATIC_FILE, warmUp);
            long statementsBefore = statements(dbPort);
            Rate rate = run(page, seconds);
            long statements = statements(dbPort) - statementsBefore;
            failed |= rate.errors() + reference.errors() > 0;
            System.out.printf(Locale.ROOT, "| `%s` | %.0f | %.0f | %.2f | %d | %.1f | %s |%n",
                    URLDecoder.decode(page, StandardCharsets.UTF_8), rate.perSecond(), reference.perSecond(),
                    rate.perSecond() / reference.perSecond(), rate.errors(),
                    rate.requests() == 0 ? 0 : rate.bytes() / 1024.0 / rate.requests(),
                    dbPort == null ? "" : String.format(Locale.ROOT, "%.1f",
                            (double) statements / (rate.requests() + rate.errors())));
        }
    }

    /** PAGE_CONNECTIONS loops, each sending GET and waiting for the whole answer, for SECONDS. */
    static Rate run(String path, int seconds) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).GET()
                .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(60)).build();
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(PAGE_CONNECTIONS);
        try {
            List<Callable<Void>> loops = Collections.nCopies(PAGE_CONNECTIONS, () -> {
                while (System.nanoTime() < end) {
                    try {
                        HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        bytes.addAndGet(answer.body().length);
                        (answer.statusCode() == 200 ? requests : errors).incrementAndGet();
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            });
            for (Future<Void> loop : pool.invokeAll(loops)) {
                loop.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Rate(requests.get(), errors.get(), (System.nanoTime() - start) / 1e9, bytes.get());
    }

    static void registrations(String editor, List<String> participants, String dbPort) throws Exception {
        long warmUpCourse = course(editor);
        register(warmUpCourse, participants.subList(0, WARM_UP_REGISTRATIONS));
        long course = course(editor);
        List<String> people = participants.subList(WARM_UP_REGISTRATIONS, WARM_UP_REGISTRATIONS + REGISTRATIONS);
        long statementsBefore = statements(dbPort);
        long start = System.nanoTime();
        List<Long> latencies = register(course, people);
        double seconds = (System.nanoTime() - start) / 1e9;
        long statements = statements(dbPort) - statementsBefore;

        String list = send("GET", "/api/kurser/" + course + "/anmalningar", editor, null).body();
        int confirmed = count(list, "\"status\"\\s*:\\s*\"CONFIRMED\"");
        List<Integer> queue = new ArrayList<>();
        Matcher position = Pattern.compile("\"queuePosition\"\\s*:\\s*(\\d+)").matcher(list);
        while (position.find()) {
            int place = Integer.parseInt(position.group(1));
            if (place > 0) { // 0: a seat
                queue.add(place);
            }
        }
        Collections.sort(queue);
        boolean gapless = true;
        for (int i = 0; i < queue.size(); i++) {
            gapless &= queue.get(i) == i + 1;
        }
        long refused = latencies.stream().filter(l -> l < 0).count();
        List<Long> sorted = latencies.stream().filter(l -> l >= 0).sorted().toList();
        boolean exact = refused == 0 && confirmed == SEATS && gapless && queue.size() == REGISTRATIONS - SEATS;
        failed |= !exact;
        System.out.printf(Locale.ROOT, "%nRegistrations: %d at one %d-seat course over %d connections%n%n",
                REGISTRATIONS, SEATS, REGISTRATION_CONNECTIONS);
        System.out.println("| Registrations/s | Seconds | p50 ms | p95 ms | Refused | Confirmed | Waiting list | Exact "
                + "| SQL statements per registration (mail sending included) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| %.0f | %.2f | %.0f | %.0f | %d | %d | %d, %s | %s | %s |%n",
                REGISTRATIONS / seconds, seconds, percentile(sorted, 0.5), percentile(sorted, 0.95), refused,
                confirmed, queue.size(), gapless ? "numbered 1.." + queue.size() + " without gaps" : "with gaps",
                exact ? "yes" : "NO",
                dbPort == null ? "" : String.format(Locale.ROOT, "%.1f", (double) statements / REGISTRATIONS));
        if (dbPort != null && participants.size() >= WARM_UP_REGISTRATIONS + 2 * REGISTRATIONS) {
            lockTimes(editor, participants.subList(WARM_UP_REGISTRATIONS + REGISTRATIONS,
                    WARM_UP_REGISTRATIONS + 2 * REGISTRATIONS), dbPort);
        }
    }

    /**
     * From MariaDB's general log of one course's registrations: each take of the course's lock (one per registration,
     * or per batch of registrations decided together), from its grant (the time of the statement after the one that
     * asked for it) to the COMMIT received, and the statements from asking to COMMIT. Per take the median and 90th
     * percentile; per registration the takes' total time and statements over the registrations, and the time from
     * the first grant to the last COMMIT over the registrations (what the lock lets one course do at most).
     */
    static final String LOCK_TIMES = """
            WITH log AS (
              SELECT thread_id, event_time AS at, CONVERT(argument USING utf8mb4) AS statement,
                     LEAD(event_time) OVER (PARTITION BY thread_id ORDER BY event_time) AS next_at
              FROM mysql.general_log WHERE command_type IN ('Query', 'Execute')),
            locks AS (
              SELECT l.thread_id, l.at AS asked, l.next_at AS granted,
                     (SELECT MIN(c.at) FROM log c WHERE c.thread_id = l.thread_id AND c.at > l.at
                        AND c.statement = 'COMMIT') AS committed
              FROM log l WHERE l.statement = 'UPDATE course_seat_lock SET claims = claims + 1 WHERE course_id = %d'),
            timed AS (
              SELECT granted, committed, TIMESTAMPDIFF(MICROSECOND, granted, committed) AS held,
                     (SELECT COUNT(*) FROM log s WHERE s.thread_id = locks.thread_id AND s.at >= locks.asked
                        AND s.at <= locks.committed) AS statements
              FROM locks)
            SELECT COUNT(*), MAX(held50) / 1000, MAX(held90) / 1000, SUM(held) / 1000, SUM(statements),
                   TIMESTAMPDIFF(MICROSECOND, MIN(granted), MAX(committed)) / 1000
            FROM (SELECT granted, committed, held, statements,
                         PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY held) OVER () AS held50,
                         PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY held) OVER () AS held90
                  FROM timed) t""";

    static void lockTimes(String editor, List<String> people, String dbPort) throws Exception {
        long course = course(editor);
        mariadb(dbPort, "SET GLOBAL log_output = 'TABLE'; TRUNCATE mysql.general_log; SET GLOBAL general_log = ON");
        try {
            failed |= register(course, people).stream().anyMatch(l -> l < 0);
        } finally {
            mariadb(dbPort, "SET GLOBAL general_log = OFF");
        }
        System.out.printf(Locale.ROOT, "%nThe course's lock, from the general log of %d more registrations at another "
                + "course (the log slows the database)%n%n", people.size());
        System.out.println("| Lock takes | Registrations per take | Lock granted → COMMIT per take, median (p90) "
                + "| Lock held per registration | First grant to last COMMIT per registration "
                + "| Statements under the lock per registration |");
        System.out.println("|---|---|---|---|---|---|");
        String[] row = mariadb(dbPort, LOCK_TIMES.formatted(course)).strip().split("\t");
        double takes = Double.parseDouble(row[0]);
        int registrations = people.size();
        System.out.printf(Locale.ROOT, "| %.0f | %.1f | %.2f ms (%.2f) | %.2f ms | %.2f ms | %.1f |%n", takes,
                registrations / takes, Double.parseDouble(row[1]), Double.parseDouble(row[2]),
                Double.parseDouble(row[3]) / registrations, Double.parseDouble(row[5]) / registrations,
                Double.parseDouble(row[4]) / registrations);
    }

    /** Each participant registers once; answers each request's milliseconds, or -1 for an answer other than 201. */
    static List<Long> register(long course, List<String> people) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(REGISTRATION_CONNECTIONS);
        try {
            List<Callable<Long>> calls = people.stream().<Callable<Long>>map(token -> () -> {
                long start = System.nanoTime();
                HttpResponse<String> answer = send("POST", "/api/kurser/" + course + "/anmalningar", token, "{}");
                if (answer.statusCode() != 201) {
                    System.err.println("registration refused: " + answer.statusCode() + " " + answer.body());
                    return -1L;
                }
                return (System.nanoTime() - start) / 1_000_000;
            }).toList();
            List<Long> latencies = new ArrayList<>();
            for (Future<Long> answer : pool.invokeAll(calls)) {
                latencies.add(answer.get());
            }
            return latencies;
        } finally {
            pool.shutdown();
        }
    }

    /** A published 100-seat course in Stockholms län, open for registration, 60 days ahead. */
    static long course(String editor) throws Exception {
        LocalDate day = LocalDate.now().plusDays(60);
        String body = """
                {"title":"Belastningstest","summary":"Mätning av anmälningar.","kind":"utbildningsdag",
                 "county":"01","level":"REGIONAL","format":"ON_SITE",
                 "sessions":[{"start":"%s","end":"%s","place":"Stockholm"}],"capacity":%d,
                 "registrationOpens":"%s","registrationCloses":"%s",
                 "contactName":"Sara","contactEmail":"sara@lansstyrelsen.example.se"}"""
                .formatted(day.atTime(9, 0), day.atTime(16, 0), SEATS,
                        LocalDateTime.now().minusDays(1).withNano(0), day.minusDays(1).atTime(12, 0));
        HttpResponse<String> created = send("POST", "/api/kurser", editor, body);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("course not created: " + created.statusCode() + " " + created.body());
        }
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(created.body());
        id.find();
        long course = Long.parseLong(id.group(1));
        HttpResponse<String> published = send("POST", "/api/kurser/" + course + "/publicera", editor, null);
        if (published.statusCode() != 200) {
            throw new IllegalStateException("course not published: " + published.body());
        }
        return course;
    }

    static long firstPublishedCourse() throws Exception {
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(send("GET", "/api/kurser", null, null).body());
        if (!id.find()) {
            throw new IllegalStateException("no course in /api/kurser: is the portal in demo mode?");
        }
        return Long.parseLong(id.group(1));
    }

    static HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The statements the database has received so far (MariaDB's {@code Questions}: the portal's, its background
     * work's and this query's), read with the mariadb client; 0 without a port.
     */
    static long statements(String dbPort) throws Exception {
        if (dbPort == null) {
            return 0;
        }
        String answer = mariadb(dbPort, "SHOW GLOBAL STATUS LIKE 'Questions'");
        return Long.parseLong(answer.substring(answer.lastIndexOf('\t') + 1));
    }

    /** Runs SQL with the mariadb client as root (without TLS: the embedded server's certificate is its own). */
    static String mariadb(String dbPort, String sql) throws Exception {
        Process client = new ProcessBuilder("mariadb", "--protocol=tcp", "--skip-ssl", "-h", "127.0.0.1", "-P", dbPort,
                "-u", "root", "-N", "-e", sql).redirectErrorStream(true).start();
        String answer = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (client.waitFor() != 0) {
            throw new IllegalStateException("mariadb: " + answer);
        }
        return answer;
    }

    static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

package se.kunskapsnav.courses;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kunskapsnav.accounts.TestAccounts;
import se.kunskapsnav.accounts.TestAccounts.Participant;
import se.kunskapsnav.testsupport.Api;
import se.kunskapsnav.testsupport.Deployments;
import se.kunskapsnav.testsupport.TestDatabase;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Registrations per second over HTTP, with real tokens, the real database and the course-row lock. Not a
 * test of speed: it asserts only that nothing failed and nothing was overbooked, and prints the rate.
 * Run it with {@code ./mvnw -Pbenchmark verify}; the figures go to the console and
 * {@code target/benchmark/registrations.md}. Client and server share the machine's cores.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class RegistrationBenchmark {

    private static final int ATTEMPTS = 500;
    private static final int CLIENT_THREADS = 32;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClass(TestAccounts.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    TestAccounts testAccounts;

    private record Result(String scenario, int attempts, int errors, double seconds) {
        double perSecond() {
            return attempts / seconds;
        }
    }

    @Test
    void registrationsPerSecond() throws Exception {
        Api api = new Api(URI.create(base.toString()));
        String editor = testAccounts.tokenFor("redaktor.stockholm@demo.kunskapsnav.se");

        // warm-up: the JIT and the connection pool see the same path first
        List<Participant> warmUp = testAccounts.create("uppvarmning", 200, true);
        long warmUpCourse = course(api, editor, 100);
        run(api, "warm-up", warmUp.stream().map(p -> warmUpCourse).toList(), warmUp);

        List<Participant> people = testAccounts.create("belastning", ATTEMPTS, true);
        long single = course(api, editor, 100);
        Result one = run(api, "500 at one 100-seat course", people.stream().map(p -> single).toList(), people);
        assertNoOverbooking(api, editor, single, 100, ATTEMPTS);

        List<Long> courses = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            courses.add(course(api, editor, 3));
        }
        List<Long> targets = IntStream.range(0, ATTEMPTS).mapToObj(i -> courses.get(i % courses.size())).toList();
        Result spread = run(api, "500 spread over 100 courses (3 seats each)", targets, people);
        for (Long course : courses) {
            assertNoOverbooking(api, editor, course, 3, ATTEMPTS / courses.size());
        }

        StringBuilder report = new StringBuilder("| Scenario | Attempts | Errors | Seconds | Registrations/s |\n"
                + "|---|---|---|---|---|\n");
        for (Result result : List.of(one, spread)) {
            report.append(row(result)).append('\n');
            assertEquals(0, result.errors(), result.scenario());
        }
        System.out.println("\nRegistration benchmark (" + CLIENT_THREADS + " client threads, "
                + Runtime.getRuntime().availableProcessors() + " cores)\n" + report);
        write(report.toString());
    }

    private Result run(Api api, String scenario, List<Long> courses, List<Participant> people) throws Exception {
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < courses.size(); i++) {
            long course = courses.get(i);
            Participant person = people.get(i);
            calls.add(() -> api.send("POST", "api/kurser/" + course + "/anmalningar", person.token(), "{}")
                    .statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENT_THREADS);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> answers = pool.invokeAll(calls);
            int errors = 0;
            for (Future<Integer> answer : answers) {
                errors += answer.get() == 201 ? 0 : 1;
            }
            Result result = new Result(scenario, calls.size(), errors, (System.nanoTime() - start) / 1e9);
            // printed at once, so that a run whose checks fail still shows what it measured
            System.out.println(row(result));
            return result;
        } finally {
            pool.shutdown();
        }
    }

    private static String row(Result result) {
        return String.format(java.util.Locale.ROOT, "| %s | %d | %d | %.2f | %.0f |", result.scenario(),
                result.attempts(), result.errors(), result.seconds(), result.perSecond());
    }

    /** Exactly min(capacity, registered) seats taken, and the rest queued 1, 2, 3, … without gaps. */
    private static void assertNoOverbooking(Api api, String editor, long course, int capacity, int registered) {
        List<JsonObject> registrations = Api.array(api.send("GET", "api/kurser/" + course + "/anmalningar", editor,
                null)).stream().map(JsonObject.class::cast).toList();
        Map<String, Integer> byStatus = new HashMap<>();
        registrations.forEach(r -> byStatus.merge(r.getString("status"), 1, Integer::sum));
        assertEquals(Math.min(capacity, registered), byStatus.getOrDefault("CONFIRMED", 0), "course " + course);
        List<Integer> positions = registrations.stream().filter(r -> r.getString("status").equals("WAITLISTED"))
                .map(r -> r.getInt("queuePosition")).sorted().toList();
        assertEquals(IntStream.rangeClosed(1, Math.max(0, registered - capacity)).boxed().toList(), positions);
    }

    private static long course(Api api, String editor, int capacity) {
        LocalDate day = LocalDate.now().plusDays(60);
        String body = Json.createObjectBuilder()
                .add("title", "Belastningstest").add("summary", "Mätning av anmälningar.")
                .add("kind", "utbildningsdag").add("county", "01").add("level", "REGIONAL").add("format", "ON_SITE")
                .add("sessions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("start", day.atTime(9, 0).toString()).add("end", day.atTime(16, 0).toString())
                        .add("place", "Stockholm")))
                .add("capacity", capacity)
                .add("registrationOpens", LocalDateTime.now().minusDays(1).withNano(0).toString())
                .add("registrationCloses", day.minusDays(1).atTime(12, 0).toString())
                .add("contactName", "Sara").add("contactEmail", "sara@lansstyrelsen.example.se").build().toString();
        HttpResponse<String> created = api.send("POST", "api/kurser", editor, body);
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.object(created).getInt("id");
        assertEquals(200, api.send("POST", "api/kurser/" + id + "/publicera", editor, null).statusCode());
        return id;
    }

    private static void write(String report) throws IOException {
        Path directory = Path.of(System.getProperty("project.root", "."), "target", "benchmark");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("registrations.md"), report);
    }
}

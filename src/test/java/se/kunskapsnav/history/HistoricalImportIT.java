package se.kunskapsnav.history;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kunskapsnav.accounts.TestAccounts;
import se.kunskapsnav.testsupport.Api;
import se.kunskapsnav.testsupport.CrossCountyWrites;
import se.kunskapsnav.testsupport.Deployments;
import se.kunskapsnav.testsupport.TestDatabase;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Historical import over the API: a good file writes its activities, themes and participation with the person
 * keys the format promises (an account's address gives the account's key) and no name; a bad file writes
 * nothing and answers 400 with every line's error; undoing deletes it all; another county's editor can do
 * none of it.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class HistoricalImportIT {

    private static final String STOCKHOLM_EDITOR = "redaktor.stockholm@demo.kunskapsnav.se";
    private static final String SKANE_EDITOR = "redaktor.skane@demo.kunskapsnav.se";
    private static final String HEADER = "titel;typ;datum;teman;deltagare;kommunkod;organisation;yrke;sektor;antal\r\n";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Inject
    TestAccounts testAccounts;

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    private Api api() {
        return new Api(URI.create(base.toString()));
    }

    @Test
    void aGoodFileWritesActivitiesAndPersonKeysButNoNamesAndCanBeUndone() {
        TestAccounts.Participant member = testAccounts.create("historik", 1, true).getFirst();
        String editor = testAccounts.tokenFor(SKANE_EDITOR);
        String run = String.valueOf(System.nanoTime());
        String course = "BAS-utbildning " + run;
        String meeting = "Nätverksträff " + run;
        String name = "Eva Historisk " + run;
        String file = "\uFEFF" + HEADER
                + course + ";utbildningsdag;2018-03-15;vald-i-nara-relationer|Hedersrelaterat våld och förtryck;"
                + name + ";1280;;socialsekreterare;socialtjanst;\r\n"
                + course + ";Utbildningsdag;2018-03-15;hedersrelaterat-vald|vald-i-nara-relationer;"
                + member.email().toUpperCase() + ";;Malmö;kurator;;1\r\n"
                + course + ";utbildningsdag;2018-03-15;vald-i-nara-relationer|hedersrelaterat-vald;;180;;;;12\r\n"
                + "\r\n"
                + meeting + ";natverkstraff;2017-10-02;;" + name.toUpperCase() + ";;Region Skåne;kurator;;\r\n";

        HttpResponse<String> imported = csv("POST", "api/historik?lan=M&filnamn=" + encoded("närvaro 2018.csv"),
                editor, file);
        assertEquals(201, imported.statusCode(), imported.body());
        JsonObject summary = Api.object(imported);
        long id = summary.getJsonNumber("id").longValue();
        assertEquals("12", summary.getString("county"));
        assertEquals("närvaro 2018.csv", summary.getString("fileName"));
        assertEquals("Malin Utvecklingsledare", summary.getString("importedBy"));
        assertEquals(4, summary.getInt("lines"), "the blank line is not counted");
        assertEquals(2, summary.getInt("activities"));
        assertEquals(15, summary.getInt("participants"));
        assertEquals(2, summary.getInt("persons"), "Eva at both activities is one person");
        assertEquals("2017-10-02", summary.getString("firstDay"));
        assertEquals("2018-03-15", summary.getString("lastDay"));

        // the activities of the county, with their themes
        List<Object[]> activities = rows("""
                select id, county_code, kind_code, title, held_on from historical_activity
                where import_id = ?1 order by held_on""", id);
        assertEquals(2, activities.size());
        assertEquals(List.of("12", "natverkstraff", meeting, "2017-10-02"), strings(activities.get(0)).subList(1, 5));
        assertEquals(List.of("12", "utbildningsdag", course, "2018-03-15"), strings(activities.get(1)).subList(1, 5));
        long meetingId = ((Number) activities.get(0)[0]).longValue();
        long courseId = ((Number) activities.get(1)[0]).longValue();
        assertEquals(List.of("hedersrelaterat-vald", "vald-i-nara-relationer"), rows(
                "select theme_code from historical_activity_theme where activity_id = ?1 order by theme_code",
                courseId).stream().map(r -> r[0].toString()).toList());

        // the keys as the database computes them: the account's as in participation_fact, else the county's
        String accountKey = single("select sha2(concat('account:', ?1), 256)", member.accountId());
        String evaKey = single("select sha2(concat('historical:12:', lower(?1)), 256)", name);
        Map<String, List<String>> participation = new TreeMap<>();
        for (Object[] row : rows("""
                select p.person_key, p.organisation_id, p.municipality_code, p.region_code, p.profession_code,
                       p.sector_code, p.participants, a.title
                from historical_participation p join historical_activity a on a.id = p.activity_id
                where a.import_id = ?1 order by p.id""", id)) {
            List<String> values = strings(row);
            String who = row[0] == null ? "group" : row[0].equals(accountKey) ? "account"
                    : row[0].equals(evaKey) ? "eva" : "unknown key " + row[0];
            participation.put(values.get(7).equals(course) ? "course " + who : "meeting " + who, values.subList(1, 7));
        }
        long malmo = organisationId("Malmö", "1280");
        long regionSkane = organisationId("Region Skåne", null);
        Map<String, List<String>> expected = new TreeMap<>(Map.of(
                "course eva", listOf(null, "1280", null, "socialsekreterare", "socialtjanst", "1"),
                "course account", listOf(String.valueOf(malmo), "1280", null, "kurator", null, "1"),
                "course group", listOf(null, "0180", null, null, null, "12"),
                "meeting eva", listOf(String.valueOf(regionSkane), null, "12", "kurator", null, "1")));
        assertEquals(expected, participation);
        assertEquals(0L, ((Number) em.createNativeQuery("""
                        select count(*) from historical_participation p join historical_activity a on a.id = p.activity_id
                        join historical_import i on i.id = a.import_id
                        where i.id = ?1 and (lower(concat_ws('|', p.person_key, a.title, i.file_name)) like ?2
                                             or lower(concat_ws('|', p.person_key, a.title, i.file_name)) like ?3)""")
                .setParameter(1, id).setParameter(2, "%eva historisk%").setParameter(3, "%" + member.email() + "%")
                .getSingleResult()).longValue(), "no name or address is stored");

        // each activity is in the change log, the import in the audit log
        assertEquals(List.of("CREATE"), changes(courseId));
        assertEquals(List.of("CREATE"), changes(meetingId));
        assertEquals(List.of("IMPORT"), audit(id));

        HttpResponse<String> list = api().send("GET", "api/historik?lan=M", editor, null);
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(ids(Api.array(list)).contains(id), list.body());

        // undo: everything of the import goes, each activity's deletion logged
        assertEquals(204, api().send("DELETE", "api/historik/" + id, editor, null).statusCode());
        assertEquals(0L, count("select count(*) from historical_activity where id in (?1, ?2)", courseId, meetingId));
        assertEquals(0L, count("select count(*) from historical_participation where activity_id in (?1, ?2)",
                courseId, meetingId));
        assertEquals(0L, count("select count(*) from historical_activity_theme where activity_id = ?1", courseId));
        assertEquals(List.of("CREATE", "DELETE"), changes(courseId));
        assertEquals(List.of("CREATE", "DELETE"), changes(meetingId));
        assertEquals(List.of("IMPORT", "UNDO"), audit(id));
        assertFalse(ids(Api.array(api().send("GET", "api/historik?lan=M", editor, null))).contains(id));
        assertEquals(404, api().send("DELETE", "api/historik/" + id, editor, null).statusCode());
    }

    /**
     * Two years of one course series under different titles, named by the series' name and an alternative name:
     * reach counts the series' distinct persons and municipalities, not the sum of its courses.
     */
    @Test
    void twoYearsOfASeriesUnderDifferentTitlesCountEachPersonAndMunicipalityOnce() throws InterruptedException {
        String editor = testAccounts.tokenFor(SKANE_EDITOR);
        String run = String.valueOf(System.nanoTime());
        HttpResponse<String> created = api().send("POST", "api/kursserier", editor, Json.createObjectBuilder()
                .add("name", "BAS " + run).add("alternativeNames", Json.createArrayBuilder().add("VINR bas " + run))
                .add("county", "12").add("level", "REGIONAL").add("kind", "utbildningsdag").build().toString());
        assertEquals(201, created.statusCode(), created.body());
        long series = Api.object(created).getJsonNumber("id").longValue();
        String header = HEADER.replace("antal\r\n", "antal;serie\r\n");
        String first = "Grundutbildning 2016 " + run + ";utbildningsdag;2016-03-15;;";
        String second = "Våld i nära relationer – grund " + run + ";utbildningsdag;2017-03-14;;";
        String file = header
                + first + "Anna " + run + ";1280;;;;;vinr BAS " + run + "\r\n"
                + first + "Bo " + run + ";1281;;;;;VINR bas " + run + "\r\n"
                + second + "Anna " + run + ";1280;;;;;BAS " + run + "\r\n"
                + second + "Cecilia " + run + ";1280;;;;;BAS " + run + "\r\n"
                + second + "Dan " + run + ";180;;;;;BAS " + run + "\r\n"
                + "Annan kurs " + run + ";utbildningsdag;2017-05-02;;Anna " + run + ";1280;;;;;\r\n";
        HttpResponse<String> imported = csv("POST", "api/historik?lan=M&filnamn=serie.csv", editor, file);
        assertEquals(201, imported.statusCode(), imported.body());
        assertEquals(List.of(series, series), rows("select series_id from historical_activity where import_id = ?1"
                        + " and series_id is not null order by held_on",
                Api.object(imported).getJsonNumber("id").longValue()).stream()
                .map(r -> ((Number) r[0]).longValue()).toList());

        String report = "api/uppfoljning?lan=M&fran=2016-01-01&till=2017-12-31&serie=" + series;
        JsonObject answer = null;
        JsonObject row = null;
        Instant until = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(until)) {
            HttpResponse<String> response = api().send("GET", report, editor, null);
            assertEquals(200, response.statusCode(), response.body());
            answer = Api.object(response);
            JsonArray rows = answer.getJsonObject("breakdowns").getJsonArray("SERIES");
            row = rows.isEmpty() ? null : rows.getJsonObject(0);
            if (row != null && row.getJsonObject("persons").getInt("value") == 4) {
                break;
            }
            Thread.sleep(200);
        }
        assertTrue(row != null, "no series row in " + answer);
        assertEquals(String.valueOf(series), row.getString("key"));
        assertEquals("BAS " + run, row.getString("label"));
        assertEquals(4, row.getJsonObject("persons").getInt("value"),
                "Anna, Bo, Cecilia and Dan: Anna took both years (5 by the sum of the courses)");
        assertEquals(3, row.getInt("municipalities"), "1280, 1281 and 0180");
        assertEquals(2, answer.getInt("activities"), "the course outside the series is left out");

        HttpResponse<String> unknown = csv("POST", "api/historik?lan=M&filnamn=serie.csv", editor,
                header + "Kurs " + run + ";utbildningsdag;2017-03-14;;Eva;1280;;;;;Ingen sådan serie\r\n");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("Okänd kursserie ”Ingen sådan serie”"), unknown.body());
        assertEquals(400, api().send("GET", "api/uppfoljning?lan=M&serie=999999999", editor, null).statusCode());
    }

    @Test
    void aBadFileWritesNothingAndAnswers400WithEveryLineAndColumn() {
        String editor = testAccounts.tokenFor(SKANE_EDITOR);
        String title = "Felaktig utbildning " + System.nanoTime();
        String before = api().send("GET", "api/historik?lan=M", editor, null).body();
        String file = HEADER
                + title + ";utbildningsdag;2018-03-15;;Eva Ek;1280;;;;\r\n"
                + title + ";utbildningsdag;2018-13-01;;;1280;;;;4\r\n"
                + title + ";kurs;2018-03-15;;;9999;;;;4\r\n"
                + title + ";utbildningsdag;2018-03-15;;Bo Ek;1280;;;;3\r\n"
                + title + ";utbildningsdag;2018-03-15;;;1280;;;\r\n";
        HttpResponse<String> refused = csv("POST", "api/historik?lan=M", editor, file);
        assertEquals(400, refused.statusCode(), refused.body());
        assertProblem(refused);
        JsonObject problem = Api.object(refused);
        assertEquals("Filen har fel på 4 rader. Ingenting har sparats.", problem.getString("detail"));
        List<List<String>> errors = problem.getJsonArray("errors").stream().map(e -> List.of(
                e.asJsonObject().getString("field"), e.asJsonObject().getString("message"))).toList();
        assertEquals(List.of(
                List.of("line 3, datum", "Rad 3, kolumn datum: Datumet ”2018-13-01” ska skrivas år-månad-dag, till "
                        + "exempel 2018-03-15."),
                List.of("line 4, typ", "Rad 4, kolumn typ: Okänd typ ”kurs”. Använd en kod eller ett namn ur listan"
                        + " över typer."),
                List.of("line 4, kommunkod", "Rad 4, kolumn kommunkod: Okänd kommunkod ”9999”."),
                List.of("line 5, antal", "Rad 5, kolumn antal: En rad med en deltagare gäller en person. Lämna antal"
                        + " tomt eller skriv 1, inte ”3”."),
                List.of("line 6", "Rad 6: Raden har 9 kolumner men ska ha 10: " + HEADER.strip() + ".")), errors);
        assertEquals(0L, count("select count(*) from historical_activity where title = ?1", title),
                "not even the good line is saved");
        assertEquals(before, api().send("GET", "api/historik?lan=M", editor, null).body());

        HttpResponse<String> latin1 = send("POST", "api/historik?lan=M", editor, "text/csv",
                (HEADER + title + ";utbildningsdag;2018-03-15;;;;Malmö;;;2\r\n").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, latin1.statusCode(), latin1.body());
        JsonObject whole = Api.object(latin1);
        assertEquals("Filen kunde inte läsas in. Ingenting har sparats.", whole.getString("detail"));
        assertEquals("file", whole.getJsonArray("errors").getJsonObject(0).getString("field"));

        HttpResponse<String> template = api().send("GET", "api/historik/mall.csv", null, null);
        assertEquals(200, template.statusCode());
        assertTrue(template.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("\uFEFF" + HEADER, template.body());

        assertEquals(400, csv("POST", "api/historik?lan=ZZ", editor, file).statusCode(), "unknown county");
        assertEquals(400, csv("POST", "api/historik", editor, file).statusCode(), "no county");
    }

    @Test
    void anotherCountysEditorCanNeitherImportNorSeeNorUndo() {
        String stockholm = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        String skane = testAccounts.tokenFor(SKANE_EDITOR);
        String title = "Stockholms träff " + System.nanoTime();
        String file = HEADER + title + ";natverkstraff;2019-05-05;;;0180;;;;7\r\n";
        HttpResponse<String> imported = csv("POST", "api/historik?lan=AB", stockholm, file);
        assertEquals(201, imported.statusCode(), imported.body());
        long id = Api.object(imported).getJsonNumber("id").longValue();

        HttpResponse<String> importRefused = csv("POST", "api/historik?lan=AB", skane,
                HEADER + title + " (Skåne);natverkstraff;2019-05-05;;;0180;;;;7\r\n");
        assertEquals(403, importRefused.statusCode(), importRefused.body());
        assertProblem(importRefused);
        assertEquals(0L, count("select count(*) from historical_activity where title = ?1", title + " (Skåne)"));
        assertEquals(403, api().send("GET", "api/historik?lan=AB", skane, null).statusCode(), "the list too");

        new CrossCountyWrites(URI.create(base.toString()), skane)
                .assertRefused("DELETE", "api/historik/" + id, null, "api/historik?lan=AB");
        assertEquals(1L, count("select count(*) from historical_activity where import_id = ?1", id));

        // without a token nothing is taken or shown
        assertEquals(401, csv("POST", "api/historik?lan=AB", null, file).statusCode());
        assertEquals(401, api().send("GET", "api/historik?lan=AB", null, null).statusCode());

        assertEquals(204, api().send("DELETE", "api/historik/" + id, stockholm, null).statusCode());
    }

    // ---- helpers

    private HttpResponse<String> csv(String method, String path, String token, String content) {
        return send(method, path, token, "text/csv; charset=UTF-8", content.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String token, String type, byte[] content) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(content));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return api().http().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<?> result = query.getResultList();
        return result.stream().map(r -> r instanceof Object[] array ? array : new Object[] {r}).toList();
    }

    private String single(String sql, Object... parameters) {
        return rows(sql, parameters).getFirst()[0].toString();
    }

    private long count(String sql, Object... parameters) {
        return ((Number) rows(sql, parameters).getFirst()[0]).longValue();
    }

    private long organisationId(String name, String municipality) {
        return municipality == null
                ? count("select id from organisation where name = ?1 and municipality_code is null", name)
                : count("select id from organisation where name = ?1 and municipality_code = ?2", name, municipality);
    }

    private List<String> changes(long activityId) {
        return rows("""
                select operation from change_log where entity_kind = 'historical_activity' and entity_id = ?1
                order by seq""", String.valueOf(activityId)).stream().map(r -> r[0].toString()).toList();
    }

    private List<String> audit(long importId) {
        return rows("""
                select action from audit_log where entity_kind = 'historical_import' and entity_id = ?1
                order by id""", String.valueOf(importId)).stream().map(r -> r[0].toString()).toList();
    }

    private static List<String> strings(Object[] row) {
        List<String> values = new ArrayList<>();
        for (Object value : row) {
            values.add(value == null ? null : value.toString());
        }
        return values;
    }

    private static List<String> listOf(String... values) {
        return new ArrayList<>(java.util.Arrays.asList(values));
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
    }

    private static List<Long> ids(JsonArray array) {
        return array.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }
}

package se.kunskapsnav.visits;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Municipal visits and count-only activities over the API: recording, changing and deleting them, what the public
 * sees (attendance as the follow-up reports publish it) and what only the county's editors see, the CSV import of
 * participation (a good file, and each kind of bad line refused with its line number, changing nothing), and
 * tenancy for every write.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class VisitsIT {

    private static final String STOCKHOLM_EDITOR = "redaktor.stockholm@demo.kunskapsnav.se";
    private static final String SKANE_EDITOR = "redaktor.skane@demo.kunskapsnav.se";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));
    private static final String HEADER = "kommunkod;organisation;yrke;antal\r\n";

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

    // ---- municipal visits

    @Test
    void anEditorRecordsChangesAndDeletesAVisitWhoseNotesAndNamesOnlyEditorsSee() throws InterruptedException {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        String note = "Anteckning " + System.nanoTime();
        HttpResponse<String> created = api().send("POST", "api/kommunbesok", editor, visit("0184", note).toString());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject visit = Api.object(created);
        long id = visit.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/kommunbesok/" + id));
        assertEquals("01", visit.getString("county"));
        assertEquals("Solna", visit.getString("organisationName"));
        assertEquals("0184", visit.getString("municipalityCode"));
        assertEquals(12, attendance(visit), "the counts are the attendance; named people are not added");
        assertEquals(note, visit.getString("notes"));
        assertEquals("Eva Enhetschef", visit.getJsonArray("attendees").getJsonObject(0).getString("name"));
        assertEquals(List.of("Anna Utvecklingsledare", "Bo Samordnare"), strings(visit.getJsonArray("staff")));
        assertEquals("Skicka rutinen", visit.getJsonArray("followUps").getJsonObject(0).getString("action"));
        assertEquals(List.of(12L, 1L), facts("MUNICIPAL_VISIT", id), "the counts are participation facts in Solna");

        // the public (and another county's editor) sees that the visit happened, not what was said or who came,
        // and the attendance as the follow-up reports publish it: 12 give or take their noise, the same for both
        long published = publishedAttendance("api/kommunbesok/" + id, null);
        assertTrue(Math.abs(published - 12) <= 4, "12 published as " + published);
        for (String reader : new String[] {null, testAccounts.tokenFor(SKANE_EDITOR)}) {
            HttpResponse<String> seen = api().send("GET", "api/kommunbesok/" + id, reader, null);
            assertEquals(200, seen.statusCode());
            assertPublicOnly(seen.body(), note);
            assertEquals(published, attendance(Api.object(seen)));
        }
        HttpResponse<String> list = api().send("GET", "api/kommunbesok?lan=AB&ar=" + TODAY.getYear(), null, null);
        assertTrue(ids(Api.array(list)).contains(id), list.body());
        assertPublicOnly(list.body(), note);
        HttpResponse<String> ofSolna = api().send("GET", "api/kommunbesok?kommun=0184&ar=" + TODAY.getYear(), null,
                null);
        assertTrue(ids(Api.array(ofSolna)).contains(id), ofSolna.body());
        assertFalse(ids(Api.array(api().send("GET", "api/kommunbesok?kommun=0184&ar=" + (TODAY.getYear() - 1),
                null, null))).contains(id), "a municipality's visits of another year");
        assertFalse(ids(Api.array(api().send("GET", "api/kommunbesok?kommun=0163", null, null))).contains(id));
        assertEquals(400, api().send("GET", "api/kommunbesok?kommun=0184&ar=2100", null, null).statusCode(),
                "years are 2000-2099");

        // a change replaces the rows: a profession's count changes, staff swap places, the named attendee goes
        JsonObject changed = Json.createObjectBuilder(visit("0184", null))
                .add("kind", "REQUESTED")
                .add("staff", Json.createArrayBuilder().add("Bo Samordnare").add("Anna Utvecklingsledare"))
                .add("counts", Json.createArrayBuilder()
                        .add(count("socialsekreterare", 9)).add(count("socialchef", 2)))
                .add("attendees", JsonValue.EMPTY_JSON_ARRAY)
                .build();
        HttpResponse<String> updated = api().send("PUT", "api/kommunbesok/" + id, editor, changed.toString());
        assertEquals(200, updated.statusCode(), updated.body());
        JsonObject after = Api.object(updated);
        assertEquals("REQUESTED", after.getString("kind"));
        assertEquals(11, attendance(after));
        assertEquals(List.of("Bo Samordnare", "Anna Utvecklingsledare"), strings(after.getJsonArray("staff")));
        assertEquals(0, after.getJsonArray("attendees").size());
        assertEquals(List.of(11L, 1L), facts("MUNICIPAL_VISIT", id));
        assertFalse(after.containsKey("notes"), "notes deleted once no longer needed");

        assertEquals(204, api().send("DELETE", "api/kommunbesok/" + id, editor, null).statusCode());
        assertEquals(404, api().send("GET", "api/kommunbesok/" + id, editor, null).statusCode());
    }

    @Test
    void aBadVisitIsRefusedFieldByFieldAndSavesNothing() {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        JsonObject bad = Json.createObjectBuilder(visit("0184", "x"))
                .add("visitedOn", "3 mars")
                .add("counts", Json.createArrayBuilder().add(count("socialsekreterare", 0)).add(count("brandman", 2)))
                .build();
        HttpResponse<String> refused = api().send("POST", "api/kommunbesok", editor, bad.toString());
        assertEquals(400, refused.statusCode(), refused.body());
        assertProblem(refused);
        assertTrue(refused.body().contains("visitedOn"), refused.body());

        JsonObject badRows = Json.createObjectBuilder(visit("0184", "x"))
                .add("counts", Json.createArrayBuilder().add(count("socialsekreterare", 0)).add(count("brandman", 2)))
                .build();
        refused = api().send("POST", "api/kommunbesok", editor, badRows.toString());
        assertEquals(400, refused.statusCode(), refused.body());
        Map<String, String> fields = fieldErrors(Api.object(refused));
        assertEquals("Skriv ett antal som är minst 1, eller ta bort raden.", fields.get("counts[0].attendees"));
        assertEquals("Välj ett yrke i listan.", fields.get("counts[1].professionCode"));

        // only municipalities, city districts and regions are visited
        long shelter = Api.object(api().send("POST", "api/organisationer", editor,
                "{\"type\":\"WOMENS_SHELTER\",\"name\":\"Jouren " + System.nanoTime() + "\",\"countyCode\":\"01\"}"))
                .getJsonNumber("id").longValue();
        JsonObject toShelter = Json.createObjectBuilder(visit("0184", null)).remove("municipalityCode")
                .add("organisationId", shelter).build();
        refused = api().send("POST", "api/kommunbesok", editor, toShelter.toString());
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(fieldErrors(Api.object(refused)).containsKey("organisationId"), refused.body());
        assertEquals(400, api().send("GET", "api/kommunbesok?ar=tjugo", null, null).statusCode());
    }

    // ---- count-only activities and the CSV import

    @Test
    void aConferencesParticipationIsImportedFromCsvAllOrNothing() throws InterruptedException {
        String editor = testAccounts.tokenFor(SKANE_EDITOR);
        String title = "Regional konferens " + System.nanoTime();
        HttpResponse<String> created = api().send("POST", "api/aktiviteter", editor, activity("M", title).toString());
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.object(created).getJsonNumber("id").longValue();
        assertEquals("12", Api.object(created).getString("county"));
        String path = "api/aktiviteter/" + id;

        HttpResponse<String> template = api().send("GET", "api/aktiviteter/mall.csv", null, null);
        assertEquals(200, template.statusCode());
        assertTrue(template.body().contains("kommunkod;organisation;yrke;antal"), template.body());

        String good = "\uFEFF" + HEADER
                + "1280;;socialsekreterare;120\r\n"
                + "1281;;Kurator;40\r\n"
                + ";Region Skåne;sjukskoterska;25\r\n"
                + "\r\n"
                + "180;;kvinnofridssamordnare;5\r\n"
                + "1280;Malmö;socialsekreterare;10\r\n";
        HttpResponse<String> imported = csv(editor, path + "/deltagande", good);
        assertEquals(200, imported.statusCode(), imported.body());
        JsonObject activity = Api.object(imported);
        assertEquals(200, attendance(activity));
        assertEquals(3, activity.getInt("municipalityCount"));
        assertEquals(5, activity.getJsonArray("participation").size());
        String stored = editorView(editor, path).getJsonArray("participation").toString();
        assertEquals(List.of(200L, 3L), facts("COUNTED_ACTIVITY", id), "200 people from Malmö, Lund and Stockholm");

        // each kind of bad line: refused with its line number, the stored counts unchanged
        Map<String, String> badFiles = Map.of(
                HEADER + "1280;;socialsekreterare;3\r\n9999;;kurator;2\r\n", "Rad 3: Okänd kommunkod ”9999”.",
                HEADER + "1280;;kurator;-4\r\n", "Rad 2: Skriv ett antal som är minst 1 i stället för ”-4”.",
                HEADER + "1280;;kurator;2\r\n\r\n1280;;kurator;många\r\n", "Rad 4: Skriv antalet ”många” som ett heltal, till exempel 12.",
                HEADER + "1280;;brandman;2\r\n", "Rad 2: Okänt yrke ”brandman”.",
                HEADER + ";Föreningen som inte finns;kurator;2\r\n", "Rad 2: Okänd organisation",
                HEADER + "1280;kurator;2\r\n", "Rad 2: Raden har 3 kolumner men ska ha 4",
                "1280;;kurator;2\r\n", "Rad 1: Första raden ska vara rubrikraden");
        badFiles.forEach((file, expected) -> {
            HttpResponse<String> refused = csv(editor, path + "/deltagande", file);
            assertEquals(422, refused.statusCode(), refused.body());
            assertProblem(refused);
            JsonObject problem = Api.object(refused);
            String line = expected.substring(4, expected.indexOf(':'));
            JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
            assertEquals("line " + line, error.getString("field"), refused.body());
            assertTrue(error.getString("message").startsWith(expected), refused.body());
            assertTrue(problem.getString("detail").contains("Ingenting har sparats"), refused.body());
            assertEquals(stored, editorView(editor, path).getJsonArray("participation").toString(), file);
        });

        // the public sees the totals, not the rows; the municipality's list shows the activity
        HttpResponse<String> publicView = api().send("GET", path, null, null);
        assertFalse(Api.object(publicView).containsKey("participation"), publicView.body());
        long publishedTotal = publishedAttendance(path, null);
        assertTrue(Math.abs(publishedTotal - 200) <= 4, "200 published as " + publishedTotal);
        HttpResponse<String> ofLund = api().send("GET", "api/aktiviteter?kommun=1281&ar="
                + TODAY.getYear(), null, null);
        assertTrue(ids(Api.array(ofLund)).contains(id), ofLund.body());
        assertFalse(ids(Api.array(api().send("GET", "api/aktiviteter?kommun=1281&ar=" + (TODAY.getYear() + 1),
                null, null))).contains(id), "a municipality's activities of another year");
        assertTrue(ids(Api.array(api().send("GET", "api/aktiviteter?lan=12", null, null))).contains(id));

        // rows as JSON replace the file's, all or nothing too
        HttpResponse<String> badRows = api().send("PUT", path + "/deltagande", editor,
                "[{\"municipalityCode\":\"1280\",\"profession\":\"kurator\",\"attendees\":0}]");
        assertEquals(400, badRows.statusCode(), badRows.body());
        assertEquals(stored, editorView(editor, path).getJsonArray("participation").toString());
        HttpResponse<String> rows = api().send("PUT", path + "/deltagande", editor,
                "[{\"municipalityCode\":\"1280\",\"profession\":\"kurator\",\"attendees\":300}]");
        assertEquals(200, rows.statusCode(), rows.body());
        assertEquals(300, attendance(Api.object(rows)));

        HttpResponse<String> changed = api().send("PUT", path, editor,
                Json.createObjectBuilder(activity("12", title + " (ändrad)")).add("endsOn",
                        TODAY.plusDays(1).toString()).build().toString());
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(300, attendance(Api.object(changed)), "participation stays");
        HttpResponse<String> backwards = api().send("PUT", path, editor, Json.createObjectBuilder(
                activity("12", title)).add("endsOn", TODAY.minusDays(1).toString()).build().toString());
        assertEquals(400, backwards.statusCode(), backwards.body());

        assertEquals(204, api().send("DELETE", path, editor, null).statusCode());
        assertEquals(404, api().send("GET", path, null, null).statusCode());
        assertEquals(List.of(0L, 0L), facts("COUNTED_ACTIVITY", id), "a deleted activity counts no more");
    }

    // ---- tenancy

    @Test
    void anotherCountysEditorCanChangeNothing() {
        String stockholm = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long visit = Api.object(api().send("POST", "api/kommunbesok", stockholm, visit("0184", "hemligt").toString()))
                .getJsonNumber("id").longValue();
        long activity = Api.object(api().send("POST", "api/aktiviteter", stockholm,
                activity("01", "Informationstillfälle " + System.nanoTime()).toString())).getJsonNumber("id")
                .longValue();
        assertEquals(200, csv(stockholm, "api/aktiviteter/" + activity + "/deltagande",
                HEADER + "0184;;kurator;4\r\n").statusCode());

        String skaneToken = testAccounts.tokenFor(SKANE_EDITOR);
        CrossCountyWrites skane = new CrossCountyWrites(URI.create(base.toString()), skaneToken);
        String visitPath = "api/kommunbesok/" + visit;
        String activityPath = "api/aktiviteter/" + activity;
        skane.assertRefused("POST", "api/kommunbesok", visit("0184", "x").toString(), "api/kommunbesok?lan=01");
        skane.assertRefused("PUT", visitPath, visit("0184", "x").toString(), visitPath);
        skane.assertRefused("DELETE", visitPath, null, visitPath);
        skane.assertRefused("POST", "api/aktiviteter", activity("01", "x").toString(), "api/aktiviteter?lan=01");
        skane.assertRefused("PUT", activityPath, activity("01", "x").toString(), activityPath);
        skane.assertRefused("PUT", activityPath, activity("12", "x").toString(), activityPath);
        skane.assertRefused("DELETE", activityPath, null, activityPath);
        skane.assertRefused("PUT", activityPath + "/deltagande",
                "[{\"municipalityCode\":\"1280\",\"profession\":\"kurator\",\"attendees\":9}]", activityPath);
        String before = api().send("GET", activityPath, stockholm, null).body();
        HttpResponse<String> csvRefused = csv(skaneToken, activityPath + "/deltagande",
                HEADER + "1280;;kurator;9\r\n");
        assertEquals(403, csvRefused.statusCode(), csvRefused.body());
        assertProblem(csvRefused);
        assertEquals(before, api().send("GET", activityPath, stockholm, null).body());

        // without a token no write is taken at all
        assertEquals(401, api().send("POST", "api/kommunbesok", null, visit("0184", "x").toString()).statusCode());
        assertEquals(401, csv(null, activityPath + "/deltagande", HEADER + "0184;;kurator;1\r\n").statusCode());
    }

    @Test
    void theOpenApiDocumentDescribesVisitsAndActivities() throws Exception {
        HttpResponse<String> document = api().http().send(HttpRequest.newBuilder(base.toURI().resolve("/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, document.statusCode());
        JsonObject paths;
        try (var reader = Json.createReader(new java.io.StringReader(document.body()))) {
            paths = reader.readObject().getJsonObject("paths");
        }
        for (String path : List.of("/api/kommunbesok", "/api/kommunbesok/{id}", "/api/aktiviteter",
                "/api/aktiviteter/{id}", "/api/aktiviteter/{id}/deltagande", "/api/aktiviteter/mall.csv")) {
            assertTrue(paths.keySet().stream().anyMatch(p -> p.endsWith(path)), path + " in " + paths.keySet());
        }
        assertTrue(paths.toString().contains("text/csv"), "the import takes text/csv");
    }

    // ---- helpers

    private static JsonObject visit(String municipality, String note) {
        var builder = Json.createObjectBuilder()
                .add("municipalityCode", municipality)
                .add("visitedOn", TODAY.toString())
                .add("kind", "REVIEW")
                .add("themes", Json.createArrayBuilder().add("vald-i-nara-relationer"))
                .add("staff", Json.createArrayBuilder().add("Anna Utvecklingsledare").add("Bo Samordnare"))
                .add("counts", Json.createArrayBuilder().add(count("socialsekreterare", 8)).add(count("enhetschef", 3))
                        .add(count("socialchef", 1)))
                .add("attendees", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "Eva Enhetschef").add("profession", "enhetschef")))
                .add("followUps", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("action", "Skicka rutinen").add("dueOn", TODAY.plusMonths(1).toString())));
        if (note != null) {
            builder.add("notes", note);
        }
        return builder.build();
    }

    private static JsonObject count(String profession, int attendees) {
        return Json.createObjectBuilder().add("profession", profession).add("attendees", attendees).build();
    }

    private static JsonObject activity(String county, String title) {
        return Json.createObjectBuilder()
                .add("county", county)
                .add("kind", "konferens")
                .add("title", title)
                .add("organiser", "Länsstyrelsen och regionen")
                .add("startsOn", TODAY.toString())
                .add("endsOn", TODAY.toString())
                .add("themes", Json.createArrayBuilder().add("vald-i-nara-relationer"))
                .build();
    }

    private JsonObject editorView(String token, String path) {
        return Api.object(api().send("GET", path, token, null));
    }

    private HttpResponse<String> csv(String token, String path, String content) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8));
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

    /** The participants and distinct municipalities the participation facts hold for one activity. */
    private List<Long> facts(String activityType, long id) {
        Object[] totals = (Object[]) em.createNativeQuery("""
                        select coalesce(sum(participant_count), 0), count(distinct municipality_code)
                        from participation_fact where activity_type = ?1 and activity_id = ?2""")
                .setParameter(1, activityType).setParameter(2, id).getSingleResult();
        return List.of(((Number) totals[0]).longValue(), ((Number) totals[1]).longValue());
    }

    /** The total attendance of a visit or activity as an answer gives it ({@code {"value": 12, "hidden": false}}). */
    private static long attendance(JsonObject answer) {
        JsonObject total = answer.getJsonObject("totalAttendees");
        assertFalse(total.getBoolean("hidden"), answer.toString());
        return total.getJsonNumber("value").longValue();
    }

    /**
     * The attendance a reader without exact figures sees: the follow-up's summary publishes it a moment after
     * the change is committed, so ask until it has.
     */
    private long publishedAttendance(String path, String reader) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        long published = attendance(Api.object(api().send("GET", path, reader, null)));
        while (published == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            published = attendance(Api.object(api().send("GET", path, reader, null)));
        }
        return published;
    }

    private static void assertPublicOnly(String body, String note) {
        assertFalse(body.contains(note), body);
        assertFalse(body.contains("Eva Enhetschef"), body);
        assertFalse(body.contains("Anna Utvecklingsledare"), body);
        assertFalse(body.contains("Skicka rutinen"), body);
        assertFalse(body.contains("\"counts\""), body);
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
    }

    private static Map<String, String> fieldErrors(JsonObject problem) {
        Map<String, String> fields = new java.util.HashMap<>();
        problem.getJsonArray("errors").forEach(e -> fields.put(e.asJsonObject().getString("field"),
                e.asJsonObject().getString("message")));
        return fields;
    }

    private static List<Long> ids(JsonArray array) {
        return array.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .toList();
    }
}

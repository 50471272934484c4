package se.kunskapsnav.yearlyreport;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The yearly report over the API and the service: an administrator defines a questionnaire; counties save
 * drafts, submit (which locks the report) and see their figures filled in from recorded participation; an
 * administrator returns a report with a reason and the county submits again, every version kept; the national
 * roll-up counts only submitted reports; questions are only added once reports are in; another county's editor
 * can neither read nor change a report. Each test works in a year of its own (2091–2095), so the demo data and
 * other tests never meet its rows.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class YearlyReportIT {

    private static final String ADMIN = "admin@demo.kunskapsnav.se";
    private static final String STOCKHOLM_EDITOR = "redaktor.stockholm@demo.kunskapsnav.se";
    private static final String SKANE_EDITOR = "redaktor.skane@demo.kunskapsnav.se";
    private static final String PATH = "api/uppfoljning/arsrapporter/";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Inject
    TestAccounts testAccounts;

    @Inject
    YearlyFigures figures;

    private Api api() {
        return new Api(URI.create(base.toString()));
    }

    // ---- the workflow

    @Test
    void draftSubmitLockReturnAndResubmitKeepEveryVersionAndTheRollUpCountsSubmittedReports() throws Exception {
        String admin = testAccounts.tokenFor(ADMIN);
        String stockholm = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        String skane = testAccounts.tokenFor(SKANE_EDITOR);
        int year = 2091;
        HttpResponse<String> created = api().send("POST", PATH + year, admin, null);
        assertEquals(201, created.statusCode(), created.body());
        long sosfs = question(admin, year, "YES_NO", "Erbjöd länet information om SOSFS 2014:4?",
                "erbjöd information om SOSFS 2014:4", null);
        long scale = question(admin, year, "SCALE", "I vilken utsträckning nåddes cheferna?", null, null);
        long visits = question(admin, year, "NUMBER", "Hur många kommunbesök?", null, "MUNICIPAL_VISITS");
        long staff = question(admin, year, "NUMBER", "Hur många utvecklingsledare?", null, null);
        long text = question(admin, year, "TEXT", "Övrigt", null, null);

        // a question that cannot be: refused field by field
        HttpResponse<String> badQuestion = api().send("POST", PATH + year + "/fragor", admin,
                "{\"type\":\"TEXT\",\"text\":\"Antal?\",\"prefill\":\"MUNICIPAL_VISITS\"}");
        assertEquals(400, badQuestion.statusCode(), badQuestion.body());
        assertProblem(badQuestion);
        assertEquals("Bara frågor om antal kan fyllas i med uppgifter från portalen.",
                fieldErrors(Api.object(badQuestion)).get("prefill"));

        // Stockholm visited Solna in the year: the visits question shows 1 from data
        HttpResponse<String> visit = api().send("POST", "api/kommunbesok", stockholm, visit("0184", year + "-03-12"));
        assertEquals(201, visit.statusCode(), visit.body());
        JsonObject report = Api.object(api().send("GET", PATH + year + "/lan/AB", stockholm, null));
        assertEquals("DRAFT", report.getString("status"));
        assertEquals(5, report.getJsonArray("answers").size());
        assertEquals(1, answer(report, visits).getInt("dataValue"));
        assertFalse(answer(report, visits).containsKey("value"), "nothing saved yet");

        // a wrong answer saves nothing
        HttpResponse<String> bad = answers("PUT", stockholm, year, "AB", Map.of(sosfs, "YES", scale, "mycket"));
        assertEquals(400, bad.statusCode(), bad.body());
        assertProblem(bad);
        assertEquals("Välj ett av svaren på skalan.", fieldErrors(Api.object(bad)).get("answers[" + scale + "]"));
        assertFalse(answer(Api.object(api().send("GET", PATH + year + "/lan/01", stockholm, null)), sosfs)
                .containsKey("value"));

        // a draft, then a submission that misses an answer (nothing saved), then one that is complete
        HttpResponse<String> draft = answers("PUT", stockholm, year, "AB", Map.of(sosfs, "YES", scale, "largely",
                text, "Vi har arbetat med SOSFS 2014:4."));
        assertEquals(200, draft.statusCode(), draft.body());
        assertEquals("LARGELY", answer(Api.object(draft), scale).getString("value"));
        assertEquals("DRAFT", Api.object(draft).getString("status"));
        HttpResponse<String> incomplete = api().send("POST", PATH + year + "/lan/AB/inlamning", stockholm, null);
        assertEquals(400, incomplete.statusCode(), incomplete.body());
        assertEquals(Map.of("answers[" + staff + "]", "Svara på frågan innan du lämnar in rapporten."),
                fieldErrors(Api.object(incomplete)));
        assertEquals("DRAFT", Api.object(api().send("GET", PATH + year + "/lan/AB", stockholm, null))
                .getString("status"));
        HttpResponse<String> submitted = answers("POST", stockholm, year, "AB", Map.of(staff, "3"));
        assertEquals(200, submitted.statusCode(), submitted.body());
        JsonObject locked = Api.object(submitted);
        assertEquals("SUBMITTED", locked.getString("status"));
        assertEquals("1", answer(locked, visits).getString("value"), "the figure from data, left as it was");
        assertEquals(1, answer(locked, visits).getInt("dataValue"));
        assertEquals(1, locked.getJsonArray("versions").size());

        // locked: changing and submitting again are refused, and change nothing
        HttpResponse<String> change = answers("PUT", stockholm, year, "AB", Map.of(sosfs, "NO"));
        assertEquals(409, change.statusCode(), change.body());
        assertProblem(change);
        assertTrue(Api.object(change).getString("detail").contains("låst"), change.body());
        assertEquals(409, api().send("POST", PATH + year + "/lan/AB/inlamning", stockholm, null).statusCode());
        assertEquals("YES", answer(Api.object(api().send("GET", PATH + year + "/lan/AB", stockholm, null)), sosfs)
                .getString("value"));

        // Skåne answers differently and corrects the figure from data (0 visits recorded, 2 made)
        assertEquals(200, answers("POST", skane, year, "M", Map.of(sosfs, "NO", scale, "PARTLY", visits, "2",
                staff, "4")).statusCode());

        // the roll-up: 2 of 21 submitted
        JsonObject national = Api.object(api().send("GET", PATH + year + "/nationellt", admin, null));
        assertEquals(21, national.getInt("counties"));
        assertEquals(2, national.getInt("submitted"));
        assertEquals("1 av 21 län erbjöd information om SOSFS 2014:4", rolledUp(national, sosfs).getString("sentence"));
        assertEquals(1, rolledUp(national, sosfs).getInt("yes"));
        assertEquals(1, rolledUp(national, sosfs).getInt("no"));
        JsonObject steps = rolledUp(national, scale).getJsonObject("steps");
        assertEquals(List.of(0, 1, 1, 0, 0), List.of(steps.getInt("FULLY"), steps.getInt("LARGELY"),
                steps.getInt("PARTLY"), steps.getInt("SLIGHTLY"), steps.getInt("NOT_AT_ALL")));
        assertEquals(7, rolledUp(national, staff).getInt("sum"));
        assertEquals(3, rolledUp(national, visits).getInt("sum"), "1 from data in Stockholm, 2 as Skåne corrected");
        assertEquals(1, rolledUp(national, visits).getInt("dataSum"));
        JsonArray texts = rolledUp(national, text).getJsonArray("answers");
        assertEquals(1, texts.size());
        assertEquals("01", texts.getJsonObject(0).getString("county"));
        assertEquals("SUBMITTED", status(national, "12"));
        assertFalse(national.getJsonArray("statuses").getJsonObject(1).containsKey("status"), "Uppsala has not begun");

        // once reports are in, questions are added but not removed
        HttpResponse<String> remove = api().send("DELETE", PATH + year + "/fragor/" + staff, admin, null);
        assertEquals(409, remove.statusCode(), remove.body());
        assertProblem(remove);
        long added = question(admin, year, "TEXT", "Något att tillägga?", null, null);

        // the administrator returns Stockholm's report: a reason is needed
        HttpResponse<String> noReason = api().send("POST", PATH + year + "/lan/AB/aterlamning", admin,
                "{\"reason\":\" \"}");
        assertEquals(400, noReason.statusCode(), noReason.body());
        HttpResponse<String> returned = api().send("POST", PATH + year + "/lan/AB/aterlamning", admin,
                "{\"reason\":\"Kontrollera svaret om SOSFS 2014:4.\"}");
        assertEquals(200, returned.statusCode(), returned.body());
        assertEquals(409, api().send("POST", PATH + year + "/lan/AB/aterlamning", admin,
                "{\"reason\":\"Igen\"}").statusCode(), "only a submitted report is returned");
        JsonObject open = Api.object(api().send("GET", PATH + year + "/lan/AB", stockholm, null));
        assertEquals("RETURNED", open.getString("status"));
        assertEquals("Kontrollera svaret om SOSFS 2014:4.",
                open.getJsonArray("versions").getJsonObject(0).getString("returnReason"));
        assertEquals(6, open.getJsonArray("answers").size(), "the question added later is there to answer");
        national = Api.object(api().send("GET", PATH + year + "/nationellt", admin, null));
        assertEquals(1, national.getInt("submitted"), "a returned report is not counted");
        assertEquals("0 av 21 län erbjöd information om SOSFS 2014:4", rolledUp(national, sosfs).getString("sentence"));

        // Stockholm changes its answer and submits again: both versions are kept as they were
        assertEquals(200, answers("PUT", stockholm, year, "AB", Map.of(sosfs, "NO", added, "Nej")).statusCode());
        HttpResponse<String> again = api().send("POST", PATH + year + "/lan/AB/inlamning", stockholm, null);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(2, Api.object(again).getJsonArray("versions").size());
        JsonObject first = Api.object(api().send("GET", PATH + year + "/lan/AB/versioner/1", stockholm, null));
        assertEquals("YES", answer(first, sosfs).getString("value"));
        assertEquals(5, first.getJsonArray("answers").size(), "the questions as they were then");
        assertEquals("Kontrollera svaret om SOSFS 2014:4.", first.getString("returnReason"));
        JsonObject second = Api.object(api().send("GET", PATH + year + "/lan/AB/versioner/2", stockholm, null));
        assertEquals("NO", answer(second, sosfs).getString("value"));
        assertEquals("Nej", answer(second, added).getString("value"));
        assertFalse(second.containsKey("returnReason"));
        assertEquals(404, api().send("GET", PATH + year + "/lan/AB/versioner/3", stockholm, null).statusCode());
        national = Api.object(api().send("GET", PATH + year + "/nationellt", admin, null));
        assertEquals(2, national.getInt("submitted"));
        assertEquals(0, rolledUp(national, sosfs).getInt("yes"));

        // the whole year for download
        HttpResponse<byte[]> csv = api().download(PATH + year + "/export.csv", admin);
        assertEquals(200, csv.statusCode());
        String table = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(table.startsWith("\uFEFFLän;Status;Inlämnad;Fråga nr;Fråga;Frågetyp;Svar;Värde från data\r\n"),
                table);
        assertTrue(table.contains(";1;Erbjöd länet information om SOSFS 2014:4?;Ja eller nej;Nej;\r\n"), table);
        assertTrue(table.contains(";3;Hur många kommunbesök?;Antal;2;0\r\n"), "Skåne's correction beside the data");
        assertTrue(table.contains("Uppsala län;Inte påbörjad;;;;;;\r\n"), table);
        HttpResponse<byte[]> xlsx = api().download(PATH + year + "/export.xlsx", admin);
        assertEquals(200, xlsx.statusCode());
        assertEquals("PK", new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII));
    }

    // ---- figures from data

    @Test
    void figuresComeFromTheCountysRecordedParticipationOfTheYear() {
        String admin = testAccounts.tokenFor(ADMIN);
        int year = 2092;
        // Gotland: two visits (8 + 3 and 4 people), a conference with 10 from Gotland and 5 from Stockholm,
        // and a visit the year after, which does not count
        assertEquals(201, api().send("POST", "api/kommunbesok", admin, visit("0980", year + "-04-01",
                Map.of("socialsekreterare", 8, "enhetschef", 3))).statusCode());
        assertEquals(201, api().send("POST", "api/kommunbesok", admin, visit("0980", year + "-05-01",
                Map.of("kurator", 4))).statusCode());
        assertEquals(201, api().send("POST", "api/kommunbesok", admin, visit("0980", (year + 1) + "-01-10",
                Map.of("kurator", 40))).statusCode());
        HttpResponse<String> conference = api().send("POST", "api/aktiviteter", admin, Json.createObjectBuilder()
                .add("county", "I").add("kind", "konferens").add("title", "Gotlandskonferens " + System.nanoTime())
                .add("organiser", "Länsstyrelsen i Gotlands län").add("startsOn", year + "-06-01")
                .add("endsOn", year + "-06-01").add("themes", Json.createArrayBuilder().add("vald-i-nara-relationer"))
                .build().toString());
        assertEquals(201, conference.statusCode(), conference.body());
        long activity = Api.object(conference).getJsonNumber("id").longValue();
        assertEquals(200, api().send("PUT", "api/aktiviteter/" + activity + "/deltagande", admin,
                "[{\"municipalityCode\":\"0980\",\"profession\":\"socialsekreterare\",\"attendees\":10},"
                        + "{\"municipalityCode\":\"0180\",\"profession\":\"kurator\",\"attendees\":5}]").statusCode());

        Map<YearlyFigure, Long> expected = Map.of(YearlyFigure.MUNICIPAL_VISITS, 2L,
                YearlyFigure.PERSONS_REACHED, 30L, YearlyFigure.MUNICIPALITIES_REACHED, 2L,
                YearlyFigure.ACTIVITIES_HELD, 3L, YearlyFigure.WEBCOURSE_ENROLMENTS, 0L);
        assertEquals(expected, figures.of("09", year));

        // the county's report shows them beside each pre-filled question
        assertEquals(201, api().send("POST", PATH + year, admin, null).statusCode());
        Map<YearlyFigure, Long> questions = new HashMap<>();
        for (YearlyFigure figure : YearlyFigure.values()) {
            questions.put(figure, question(admin, year, "NUMBER", "Antal: " + figure, null, figure.name()));
        }
        JsonObject report = Api.object(api().send("GET", PATH + year + "/lan/09", admin, null));
        expected.forEach((figure, value) ->
                assertEquals(value.intValue(), answer(report, questions.get(figure)).getInt("dataValue"), figure.name()));
        assertEquals(0, answer(Api.object(api().send("GET", PATH + year + "/lan/AB", admin, null)),
                questions.get(YearlyFigure.MUNICIPAL_VISITS)).getInt("dataValue"), "Stockholm made no visit");
    }

    @Test
    void aPersonCountsOnceHoweverOftenTheyEnrol() {
        int year = LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear();
        Map<YearlyFigure, Long> before = figures.of("01", year);
        List<TestAccounts.Participant> people = testAccounts.create("arsrapport", 2, true);
        for (TestAccounts.Participant person : people) {
            assertEquals(201, api().send("POST", "api/webbkurs/anmalan", person.token(), null).statusCode());
        }
        api().send("POST", "api/webbkurs/anmalan", people.getFirst().token(), null);
        Map<YearlyFigure, Long> after = figures.of("01", year);
        assertEquals(before.get(YearlyFigure.WEBCOURSE_ENROLMENTS) + 2, after.get(YearlyFigure.WEBCOURSE_ENROLMENTS));
        assertEquals(before.get(YearlyFigure.PERSONS_REACHED) + 2, after.get(YearlyFigure.PERSONS_REACHED));
        assertEquals(before.get(YearlyFigure.MUNICIPAL_VISITS), after.get(YearlyFigure.MUNICIPAL_VISITS));
    }

    // ---- the questionnaire

    @Test
    void questionsAreOrderedRemovedWithTheirDraftAnswersAndCopiedToALaterYear() {
        String admin = testAccounts.tokenFor(ADMIN);
        String stockholm = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        int year = 2094;
        assertEquals(201, api().send("POST", PATH + year, admin, "{}").statusCode());
        long first = question(admin, year, "YES_NO", "Första", null, null);
        long second = question(admin, year, "TEXT", "Andra", null, null);
        long third = question(admin, year, "SCALE", "Tredje", null, null);
        assertEquals(409, api().send("POST", PATH + year, admin, null).statusCode(), "one questionnaire a year");
        assertEquals(400, api().send("POST", PATH + "1999", admin, null).statusCode());
        assertEquals(404, api().send("GET", PATH + "tjugo", null, null).statusCode());

        HttpResponse<String> reordered = api().send("PUT", PATH + year + "/fragor/ordning", admin,
                "{\"questions\":[" + third + "," + first + "," + second + "]}");
        assertEquals(200, reordered.statusCode(), reordered.body());
        assertEquals(List.of("Tredje", "Första", "Andra"), texts(Api.object(reordered)));
        HttpResponse<String> badOrder = api().send("PUT", PATH + year + "/fragor/ordning", admin,
                "{\"questions\":[" + third + "," + first + "]}");
        assertEquals(400, badOrder.statusCode(), badOrder.body());
        assertEquals(List.of("Tredje", "Första", "Andra"),
                texts(Api.object(api().send("GET", PATH + year, null, null))));

        // removing a question before any report is in takes the drafts' answers with it
        assertEquals(200, answers("PUT", stockholm, year, "AB", Map.of(second, "Ett utkast", first, "YES"))
                .statusCode());
        assertEquals(204, api().send("DELETE", PATH + year + "/fragor/" + second, admin, null).statusCode());
        JsonObject draft = Api.object(api().send("GET", PATH + year + "/lan/AB", stockholm, null));
        assertEquals(2, draft.getJsonArray("answers").size());
        assertEquals("YES", answer(draft, first).getString("value"));
        assertEquals(404, api().send("DELETE", PATH + year + "/fragor/" + second, admin, null).statusCode());

        // a later year starts from this year's questions, in order
        HttpResponse<String> copied = api().send("POST", PATH + (year + 1), admin, "{\"copyQuestionsFrom\":" + year + "}");
        assertEquals(201, copied.statusCode(), copied.body());
        assertEquals(List.of("Tredje", "Första"), texts(Api.object(copied)));
        HttpResponse<String> noSource = api().send("POST", PATH + (year + 2), admin, "{\"copyQuestionsFrom\":2080}");
        assertEquals(400, noSource.statusCode(), noSource.body());
        assertEquals(404, api().send("GET", PATH + (year + 2), null, null).statusCode(), "nothing half-made");
    }

    // ---- tenancy

    @Test
    void anotherCountysEditorCanNeitherReadNorChangeAReportAndOnlyAdministratorsReturnAndRollUp() {
        String admin = testAccounts.tokenFor(ADMIN);
        String skane = testAccounts.tokenFor(SKANE_EDITOR);
        String stockholm = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        int year = 2093;
        assertEquals(201, api().send("POST", PATH + year, admin, null).statusCode());
        long question = question(admin, year, "YES_NO", "Finns en gemensam rutin med regionen?", null, null);
        assertEquals(200, answers("PUT", skane, year, "M", Map.of(question, "YES")).statusCode());
        String skaneReport = PATH + year + "/lan/M";
        String before = api().send("GET", skaneReport, skane, null).body();

        HttpResponse<String> read = api().send("GET", skaneReport, stockholm, null);
        assertEquals(403, read.statusCode(), read.body());
        assertProblem(read);
        assertEquals(403, api().send("GET", skaneReport + "/versioner/1", stockholm, null).statusCode());

        CrossCountyWrites fromStockholm = new CrossCountyWrites(URI.create(base.toString()), stockholm);
        String answer = "{\"answers\":[{\"question\":" + question + ",\"value\":\"NO\"}]}";
        fromStockholm.assertRefused("PUT", skaneReport + "/svar", answer, skaneReport);
        fromStockholm.assertRefused("POST", skaneReport + "/inlamning", answer, skaneReport);
        assertEquals(before, api().send("GET", skaneReport, skane, null).body(), "Skåne's draft is unchanged");
        assertEquals(200, api().send("POST", skaneReport + "/inlamning", skane, null).statusCode());

        // administrators' writes, refused to an editor even of the report's own county
        CrossCountyWrites fromSkane = new CrossCountyWrites(URI.create(base.toString()), skane);
        String questionnaire = PATH + year;
        fromSkane.assertRefused("POST", skaneReport + "/aterlamning", "{\"reason\":\"Nej\"}", questionnaire);
        fromSkane.assertRefused("POST", questionnaire + "/fragor", "{\"type\":\"TEXT\",\"text\":\"Ny\"}",
                questionnaire);
        fromSkane.assertRefused("DELETE", questionnaire + "/fragor/" + question, null, questionnaire);
        fromSkane.assertRefused("PUT", questionnaire + "/fragor/ordning", "{\"questions\":[" + question + "]}",
                questionnaire);
        fromSkane.assertRefused("POST", PATH + (year + 10), "{}", PATH);
        assertEquals("SUBMITTED", Api.object(api().send("GET", skaneReport, skane, null)).getString("status"));
        for (String path : List.of(questionnaire + "/nationellt", questionnaire + "/export.csv",
                questionnaire + "/export.xlsx")) {
            assertEquals(403, api().send("GET", path, skane, null).statusCode(), path);
        }
        // nobody: 401 for a report and for every write
        assertEquals(401, api().send("GET", skaneReport, null, null).statusCode());
        assertEquals(401, api().send("PUT", skaneReport + "/svar", null, answer).statusCode());
        assertEquals(401, api().send("GET", questionnaire + "/nationellt", null, null).statusCode());
    }

    // ---- helpers

    private long question(String token, int year, String type, String text, String phrase, String prefill) {
        var body = Json.createObjectBuilder().add("type", type).add("text", text);
        if (phrase != null) {
            body.add("summaryPhrase", phrase);
        }
        if (prefill != null) {
            body.add("prefill", prefill);
        }
        HttpResponse<String> added = api().send("POST", PATH + year + "/fragor", token, body.build().toString());
        assertEquals(201, added.statusCode(), added.body());
        return Api.object(added).getJsonNumber("id").longValue();
    }

    /** PUT saves a draft, POST submits, with the answers given (question id to value). */
    private HttpResponse<String> answers(String method, String token, int year, String county,
                                         Map<Long, String> answers) {
        var rows = Json.createArrayBuilder();
        answers.forEach((question, value) -> rows.add(Json.createObjectBuilder().add("question", question)
                .add("value", value)));
        String path = PATH + year + "/lan/" + county + (method.equals("PUT") ? "/svar" : "/inlamning");
        return api().send(method, path, token, Json.createObjectBuilder().add("answers", rows).build().toString());
    }

    private static String visit(String municipality, String date) {
        return visit(municipality, date, Map.of("socialsekreterare", 6));
    }

    private static String visit(String municipality, String date, Map<String, Integer> counts) {
        var rows = Json.createArrayBuilder();
        counts.forEach((profession, attendees) -> rows.add(Json.createObjectBuilder().add("profession", profession)
                .add("attendees", attendees)));
        return Json.createObjectBuilder().add("municipalityCode", municipality).add("visitedOn", date)
                .add("kind", "REVIEW").add("themes", JsonValue.EMPTY_JSON_ARRAY).add("counts", rows).build()
                .toString();
    }

    private static JsonObject answer(JsonObject report, long question) {
        return report.getJsonArray("answers").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getJsonNumber("question").longValue() == question).findFirst().orElseThrow();
    }

    private static JsonObject rolledUp(JsonObject national, long question) {
        return national.getJsonArray("questions").stream().map(JsonValue::asJsonObject)
                .filter(q -> q.getJsonNumber("question").longValue() == question).findFirst().orElseThrow();
    }

    private static String status(JsonObject national, String county) {
        return national.getJsonArray("statuses").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("county").equals(county)).findFirst().orElseThrow().getString("status");
    }

    private static List<String> texts(JsonObject questionnaire) {
        return questionnaire.getJsonArray("questions").stream().map(q -> q.asJsonObject().getString("text")).toList();
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
    }

    private static Map<String, String> fieldErrors(JsonObject problem) {
        Map<String, String> fields = new HashMap<>();
        problem.getJsonArray("errors").forEach(e -> fields.put(e.asJsonObject().getString("field"),
                e.asJsonObject().getString("message")));
        return fields;
    }
}

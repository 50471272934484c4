package se.kunskapsnav.platform.api;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kunskapsnav.accounts.DemoAccounts;
import se.kunskapsnav.testsupport.Api;
import se.kunskapsnav.testsupport.Deployments;
import se.kunskapsnav.testsupport.EmbeddedMariaDb;
import se.kunskapsnav.testsupport.TestDatabase;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API as a script sees it, over HTTP. */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void listsAll21Counties() throws Exception {
        HttpResponse<String> response = get("api/lan");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        JsonArray counties = json(response).asJsonArray();
        assertEquals(21, counties.size());
        JsonObject stockholm = counties.getJsonObject(0);
        assertEquals("01", stockholm.getString("code"));
        assertEquals("AB", stockholm.getString("letterCode"));
        assertEquals("Stockholms län", stockholm.getString("name"));
        assertEquals(26, stockholm.getInt("municipalityCount"));
        assertEquals("Region Stockholm", stockholm.getJsonObject("region").getString("name"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"api/lan", "lan", ""}) {
            HttpResponse<String> response = get(path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(null), path);
            String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("frame-ancestors 'none'"), path + ": " + policy);
        }
        assertEquals("default-src 'none'; frame-ancestors 'none'",
                get("api/lan").headers().firstValue("Content-Security-Policy").orElseThrow());
        assertTrue(get("api/lan").headers().firstValue("Set-Cookie").isEmpty(), "no cookies on the API");
        String pagePolicy = get("lan").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(pagePolicy.contains("script-src 'self';"), pagePolicy);
        assertFalse(pagePolicy.contains("unsafe-inline"), pagePolicy);
    }

    @Test
    void oneCountyByNumberOrLetters() throws Exception {
        JsonObject byNumber = json(get("api/lan/12")).asJsonObject();
        JsonObject byLetters = json(get("api/lan/m")).asJsonObject();
        assertEquals(byNumber, byLetters);
        assertEquals("Skåne län", byNumber.getJsonObject("county").getString("name"));
        assertEquals(33, byNumber.getJsonArray("municipalities").size());
    }

    @Test
    void municipalitiesOfACounty() throws Exception {
        JsonArray stockholm = json(get("api/kommuner?lan=01")).asJsonArray();
        assertEquals(26, stockholm.size());
        assertEquals("0114", stockholm.getJsonObject(0).getString("code"));
        assertEquals(290, json(get("api/kommuner")).asJsonArray().size());
        assertEquals(26, json(get("api/kommuner?lan=AB")).asJsonArray().size());
    }

    @Test
    void directoryHasTheVocabulariesAndEveryMunicipalityAndRegion() throws Exception {
        JsonArray professions = json(get("api/yrken")).asJsonArray();
        assertEquals(37, professions.size());
        assertEquals(7, json(get("api/sektorer")).asJsonArray().size());

        JsonArray stockholm = json(get("api/organisationer?lan=AB")).asJsonArray();
        assertEquals(27, stockholm.size(), "26 municipalities and Region Stockholm");
        assertEquals(1, stockholm.stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("type").equals("REGION")).count());
        assertEquals(404, get("api/organisationer?lan=ZZ").statusCode());
    }

    @Test
    void unknownCountyIsAProblemInSwedish() throws Exception {
        for (String path : new String[] {"api/lan/99", "api/kommuner?lan=ZZ"}) {
            HttpResponse<String> response = get(path);
            assertEquals(404, response.statusCode(), path);
            assertEquals(PROBLEM_JSON, response.headers().firstValue("Content-Type").orElseThrow(), path);
            JsonObject problem = json(response).asJsonObject();
            assertEquals(404, problem.getInt("status"));
            assertEquals("Hittades inte", problem.getString("title"));
            assertTrue(problem.getString("detail").startsWith("Det finns inget län med koden"), path);
        }
    }

    @Test
    void unknownPathAndWrongMethodAreProblemsWithoutStackTraces() throws Exception {
        HttpResponse<String> unknown = get("api/finns-inte");
        assertEquals(404, unknown.statusCode());
        assertEquals(PROBLEM_JSON, unknown.headers().firstValue("Content-Type").orElseThrow());

        HttpResponse<String> delete = http.send(HttpRequest.newBuilder(uri("api/lan")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, delete.statusCode());
        assertEquals(PROBLEM_JSON, delete.headers().firstValue("Content-Type").orElseThrow());
        assertFalse(delete.body().contains("Exception"));
        assertFalse(delete.body().contains("at se.") || delete.body().contains("at org."));
    }

    /**
     * Requests a client library would normalise or refuse to send, written byte for byte: whichever layer
     * refuses them (the container's mapping, JAX-RS, a resource writing the response itself), the answer is
     * problem+json in Swedish.
     */
    @Test
    void malformedRequestsUnderApiAreProblemsWhateverRefusesThem() throws Exception {
        String version = Api.object(api().send("GET", "api/material/" + Api.object(api().send("GET",
                        "api/material?agare=nationell", null, null)).getJsonArray("materials").getJsonObject(0)
                        .getInt("id"), null, null)).getJsonArray("files").getJsonObject(0).getJsonObject("current")
                .getString("url").substring(1);
        record Probe(String method, String target, String headers, String body, int status) {
            Probe(String method, String target, int status) {
                this(method, target, "", "", status);
            }
        }
        List<Probe> probes = List.of(
                new Probe("GET", "api/lan/..%2f..%2fetc%2fpasswd", 404),
                new Probe("GET", "api/lan/%2e%2e%2f%2e%2e%2fWEB-INF%2fweb.xml", 404),
                new Probe("GET", "api/%2e%2e/lan", 404),
                new Probe("GET", "api/../mina-uppgifter", 404),
                new Probe("GET", "api/..%2fadmin/material", 404),
                new Probe("GET", "api/finns-inte", 404),
                new Probe("DELETE", "api/lan", 405),
                new Probe("BREW", "api/lan", 405),
                new Probe("GET", "api/lan", "Accept: text/html\r\n", "", 406),
                new Probe("POST", "api/material", "Content-Type: text/plain\r\n", "x", 415),
                new Probe("POST", "api/material", "Authorization: Bearer kn_fel\r\nContent-Type: application/json\r\n",
                        "{", 401),
                new Probe("GET", version, "Range: bytes=999999999-\r\n", "", 416));
        for (Probe probe : probes) {
            RawAnswer answer = raw(probe.method(), probe.target(), probe.headers(), probe.body());
            String what = probe.method() + " " + probe.target() + " " + probe.headers().strip();
            assertEquals(probe.status(), answer.status(), what + ": " + answer.body());
            assertTrue(answer.header("content-type").startsWith(PROBLEM_JSON), what + ": " + answer.head());
            JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
            assertEquals(probe.status(), problem.getInt("status"), what);
            assertFalse(problem.getString("title").isBlank(), what);
            assertFalse(answer.body().contains("Exception") || answer.body().contains("<html"), what);
        }
    }

    /** curl sends what is typed; a browser escapes it. Both are read as UTF-8. */
    @Test
    void rawUtf8InAQueryIsReadAsUtf8() throws Exception {
        for (String query : List.of("q=våld", "q=v%C3%A5ld")) {
            RawAnswer answer = raw("GET", "api/sok?" + query, "", "");
            assertEquals(200, answer.status(), query + ": " + answer.body());
            assertEquals("våld", Json.createReader(new StringReader(answer.body())).readObject().getString("query"));
        }
    }

    @Test
    void openApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> response = openApi("application/json");
        assertEquals(200, response.statusCode());
        JsonObject paths = json(response).asJsonObject().getJsonObject("paths");
        for (String path : new String[] {"/api/lan", "/api/lan/{kod}", "/api/kommuner", "/api/health",
                "/api/yrken", "/api/organisationer", "/api/kurser/{id}", "/api/natverk", "/api/natverk/{id}/medlemmar",
                "/api/natverk/traffar/{meeting}/narvaro", "/api/natverk/traffar/{meeting}/dokument", "/api/webbkurs",
                "/api/webbkurs/moduler/{modul}/quiz", "/api/webbkurs/framsteg", "/api/webbkurs/grupper/{id}/traffar",
                "/api/webbkurs/grupper/inbjudan/{kod}", "/api/material", "/api/material/{id}",
                "/api/material/{id}/filer", "/api/material/filer/{file}/versioner", "/api/material/versioner/{version}",
                "/api/material/{id}/kurser/{course}", "/api/material/nedladdningar", "/api/sok", "/api/sok/forslag",
                "/api/sok/index", "/api/sok/index/ombyggnad", "/api/historik", "/api/historik/{id}",
                "/api/historik/mall.csv",
                "/api/uppfoljning/arsrapporter", "/api/uppfoljning/arsrapporter/{ar}",
                "/api/uppfoljning/arsrapporter/{ar}/fragor", "/api/uppfoljning/arsrapporter/{ar}/fragor/{id}",
                "/api/uppfoljning/arsrapporter/{ar}/fragor/ordning", "/api/uppfoljning/arsrapporter/{ar}/lan/{lan}",
                "/api/uppfoljning/arsrapporter/{ar}/lan/{lan}/svar",
                "/api/uppfoljning/arsrapporter/{ar}/lan/{lan}/inlamning",
                "/api/uppfoljning/arsrapporter/{ar}/lan/{lan}/aterlamning",
                "/api/uppfoljning/arsrapporter/{ar}/lan/{lan}/versioner/{nr}",
                "/api/uppfoljning/arsrapporter/{ar}/nationellt", "/api/uppfoljning/arsrapporter/{ar}/export.csv",
                "/api/uppfoljning/arsrapporter/{ar}/export.xlsx",
                "/api/uppfoljning", "/api/uppfoljning/alternativ", "/api/uppfoljning/jamforelsetal",
                "/api/uppfoljning/jamforelsetal/{id}"}) {
            assertTrue(paths.keySet().stream().anyMatch(p -> p.endsWith(path)), path + " in " + paths.keySet());
        }
    }

    /**
     * The document as code generators and linters read it: swagger-parser finds no error, and the defects linters
     * reported are gone (no security scheme, duplicate operation ids, a Payara-only top-level key, optional path
     * parameters, a server address ending in a slash, operations without a success answer or problem bodies).
     */
    @Test
    void openApiDocumentIsValidOpenApi3() throws Exception {
        HttpResponse<String> response = openApi("application/json");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(response.body(), null, null);
        assertEquals(List.of(), parsed.getMessages(), "swagger-parser finds no error nor unexpected key");

        JsonObject document = json(response).asJsonObject();
        assertEquals(Set.of("openapi", "info", "servers", "paths", "components"), document.keySet());
        assertEquals("https://kunskapsnav.test", document.getJsonArray("servers").getJsonObject(0).getString("url"));
        JsonObject scheme = document.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("apiKey");
        assertEquals("http", scheme.getString("type"));
        assertEquals("bearer", scheme.getString("scheme"));
        Set<String> operationIds = new HashSet<>();
        int operations = 0;
        for (var path : document.getJsonObject("paths").entrySet()) {
            for (var method : path.getValue().asJsonObject().entrySet()) {
                if (!Set.of("get", "put", "post", "delete", "patch").contains(method.getKey())) {
                    continue;
                }
                operations++;
                String what = method.getKey() + " " + path.getKey();
                JsonObject operation = method.getValue().asJsonObject();
                assertTrue(operationIds.add(operation.getString("operationId")), "unique id: " + what);
                JsonArray security = operation.getJsonArray("security");
                assertTrue(security.contains(Json.createObjectBuilder().add("apiKey", Json.createArrayBuilder())
                        .build()), what + ": " + security);
                assertEquals(method.getKey().equals("get"), security.contains(JsonValue.EMPTY_JSON_OBJECT),
                        what + ": reads without a key, writes only with one");
                JsonObject responses = operation.getJsonObject("responses");
                String success = responses.keySet().stream().filter(code -> code.matches("2\\d\\d")).findFirst()
                        .orElse(null);
                assertNotNull(success, what + " says which success it answers: " + responses.keySet());
                if (!success.equals("204")) {
                    JsonObject content = responses.getJsonObject(success).getJsonObject("content");
                    assertNotNull(content, what + " " + success + " says what it answers");
                    content.forEach((type, media) -> {
                        JsonObject schema = media.asJsonObject().getJsonObject("schema");
                        assertNotNull(schema, what + " " + type);
                        if (!type.contains("json")) {
                            assertEquals("string", schema.getString("type"), what + ": a file is a string");
                        }
                    });
                }
                for (String code : responses.keySet()) {
                    if (code.startsWith("4")) {
                        assertTrue(responses.getJsonObject(code).getJsonObject("content").containsKey(PROBLEM_JSON),
                                what + " " + code);
                    }
                }
                for (JsonValue parameter : operation.getJsonArray("parameters") == null ? JsonValue.EMPTY_JSON_ARRAY
                        : operation.getJsonArray("parameters")) {
                    if (parameter.asJsonObject().getString("in").equals("path")) {
                        assertTrue(parameter.asJsonObject().getBoolean("required"), what);
                    }
                }
            }
        }
        assertTrue(operations > 100, operations + " operations");
        // an answer described by its resource (200 "The county", 404) still has the schema of the method's type
        assertEquals("#/components/schemas/CountyWithMunicipalitiesDto", document.getJsonObject("paths")
                .getJsonObject("/api/lan/{kod}").getJsonObject("get").getJsonObject("responses").getJsonObject("200")
                .getJsonObject("content").getJsonObject("application/json").getJsonObject("schema").getString("$ref"));

        // the same document under the media types clients look for
        HttpResponse<String> yaml = get("api/openapi.yaml");
        assertEquals(200, yaml.statusCode());
        assertTrue(yaml.headers().firstValue("Content-Type").orElseThrow().startsWith("application/yaml"));
        assertEquals(List.of(), new OpenAPIV3Parser().readContents(yaml.body(), null, null).getMessages());
        assertEquals(parsed.getOpenAPI(), new OpenAPIV3Parser().readContents(yaml.body(), null, null).getOpenAPI());
        HttpResponse<String> asJson = get("api/openapi.json");
        assertTrue(asJson.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertEquals(document, json(asJson));
    }

    private HttpResponse<String> openApi(String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(base.toURI().resolve("/openapi")).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthFollowsTheDatabase() throws Exception {
        HttpResponse<String> up = get("api/health");
        assertEquals(200, up.statusCode());
        JsonObject health = json(up).asJsonObject();
        assertEquals("UP", health.getString("status"));
        assertTrue(health.getString("schemaVersion").matches("\\d+"), health.toString());
        assertEquals(0, health.getInt("pendingMigrations"));

        EmbeddedMariaDb database = TestDatabase.get();
        database.stop();
        try {
            HttpResponse<String> down = get("api/health");
            assertEquals(503, down.statusCode());
            JsonObject reason = json(down).asJsonObject();
            assertEquals("DOWN", reason.getString("status"));
            assertEquals("Databasen svarar inte.", reason.getString("reason"));
            assertFalse(down.body().contains("Exception"));
        } finally {
            database.start();
        }
        assertEquals(200, get("api/health").statusCode(), "healthy again once the database is back");
    }

    @Test
    void publicReadsAreAnsweredNotModifiedWhileTheirTagHolds() throws Exception {
        HttpResponse<String> first = get("api/kurser");
        assertEquals(200, first.statusCode());
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElse(null));

        HttpResponse<String> again = send(HttpRequest.newBuilder(uri("api/kurser")).header("If-None-Match", tag));
        // the tag includes the minute: asked across a minute's turn, the answer is whole again with a new tag
        if (again.statusCode() == 200) {
            tag = again.headers().firstValue("ETag").orElseThrow();
            again = send(HttpRequest.newBuilder(uri("api/kurser")).header("If-None-Match", tag));
        }
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(tag, again.headers().firstValue("ETag").orElse(null));

        HttpResponse<String> otherTag = send(HttpRequest.newBuilder(uri("api/kurser"))
                .header("If-None-Match", "W/\"0-0\""));
        assertEquals(200, otherTag.statusCode());
        assertEquals(json(first), json(otherTag));
        // a caller with a token may see more than the public: never told "not modified" from a public tag
        HttpResponse<String> withToken = send(HttpRequest.newBuilder(uri("api/kurser")).header("If-None-Match", tag)
                .header("Authorization", "Bearer kn_not-a-token"));
        assertEquals(401, withToken.statusCode());
    }

    @Test
    void publicPagesAreAnsweredNotModifiedUntilARecordChanges() throws Exception {
        HttpResponse<String> first = get("kurser");
        assertEquals(200, first.statusCode());
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElse(null));
        HttpResponse<String> again = send(HttpRequest.newBuilder(uri("kurser")).header("If-None-Match", tag));
        if (again.statusCode() == 200) { // asked across a minute's turn
            tag = again.headers().firstValue("ETag").orElseThrow();
            again = send(HttpRequest.newBuilder(uri("kurser")).header("If-None-Match", tag));
        }
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(tag, again.headers().firstValue("ETag").orElse(null));
        String apiTag = get("api/kurser").headers().firstValue("ETag").orElseThrow();

        // a person registers for a course: the catalogue's seats change, and so do both tags
        // (the first course with free seats whose registration is open: the catalogue lists closed ones too)
        String token = participantToken();
        HttpResponse<String> registered = json(get("api/kurser")).asJsonObject().getJsonArray("courses").stream()
                .map(JsonValue::asJsonObject).filter(c -> c.getJsonObject("seats").getInt("free") > 1)
                .map(c -> api().send("POST", "api/kurser/" + c.getInt("id") + "/anmalningar", token, "{}"))
                .filter(answer -> answer.statusCode() != 409).findFirst().orElseThrow();
        assertEquals(201, registered.statusCode(), registered.body());
        // the tag follows the change log as this instance reads it, right after each commit: poll briefly
        HttpResponse<String> afterChange = send(HttpRequest.newBuilder(uri("kurser")).header("If-None-Match", tag));
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (afterChange.statusCode() == 304 && System.nanoTime() < deadline) {
            afterChange = send(HttpRequest.newBuilder(uri("kurser")).header("If-None-Match", tag));
        }
        assertEquals(200, afterChange.statusCode());
        assertFalse(afterChange.headers().firstValue("ETag").orElseThrow().equals(tag));
        assertEquals(200, send(HttpRequest.newBuilder(uri("api/kurser")).header("If-None-Match", apiTag))
                .statusCode());

        // per-person answers are never for shared caches, and carry no tag
        HttpResponse<String> signIn = get("logga-in?tillbaka=%2Fmina-anmalningar");
        assertTrue(signIn.headers().firstValue("ETag").isEmpty());
        HttpResponse<String> personal = get("registrera");
        assertEquals("private, no-cache", personal.headers().firstValue("Cache-Control").orElse(null));
        assertTrue(personal.headers().firstValue("ETag").isEmpty());
        assertTrue(first.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Cookie")));
    }

    @Test
    void anonymousAnswersKeptInMemoryFollowTheDataAndReachNoOneLoggedIn() throws Exception {
        // the same bytes whether written or kept, plain or gzip-compressed once
        HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String path : List.of("kurser", "sok?q=v%C3%A5ld", "lan/01", "api/kurser", "api/natverk")) {
            HttpResponse<String> first = get(path);
            HttpResponse<String> kept = get(path);
            assertEquals(200, kept.statusCode(), path);
            assertEquals(first.headers().firstValue("ETag"), kept.headers().firstValue("ETag"), path);
            if (first.headers().firstValue("ETag").equals(kept.headers().firstValue("ETag"))) {
                assertEquals(first.body(), kept.body(), path);
                assertEquals(first.headers().firstValue("Content-Type"), kept.headers().firstValue("Content-Type"));
                assertEquals(first.headers().firstValue("Content-Security-Policy"),
                        kept.headers().firstValue("Content-Security-Policy"), path);
            }
            HttpResponse<byte[]> gzipped = http11.send(HttpRequest.newBuilder(uri(path))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(null), path);
            try (var gzip = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
                if (gzipped.headers().firstValue("ETag").equals(kept.headers().firstValue("ETag"))) {
                    assertEquals(kept.body(), new String(gzip.readAllBytes(), StandardCharsets.UTF_8), path);
                }
            }
        }

        // a registration takes a seat: the next anonymous answers show it, not the kept ones
        String token = participantToken();
        JsonObject course = json(get("api/kurser")).asJsonObject().getJsonArray("courses").stream()
                .map(JsonValue::asJsonObject).filter(c -> c.getJsonObject("seats").getInt("free") > 1)
                .filter(c -> api().send("POST", "api/kurser/" + c.getInt("id") + "/anmalningar", token, "{}")
                        .statusCode() == 201).findFirst().orElseThrow();
        int freeBefore = course.getJsonObject("seats").getInt("free");
        long deadline = System.nanoTime() + 5_000_000_000L;
        int freeAfter = freeBefore;
        while (freeAfter == freeBefore && System.nanoTime() < deadline) {
            freeAfter = json(get("api/kurser")).asJsonObject().getJsonArray("courses").stream()
                    .map(JsonValue::asJsonObject).filter(c -> c.getInt("id") == course.getInt("id")).findFirst()
                    .orElseThrow().getJsonObject("seats").getInt("free");
        }
        assertEquals(freeBefore - 1, freeAfter, course.toString());

        // callers with a token or a session never get the anonymous answer (it carries the public tag)
        HttpResponse<String> withToken = send(HttpRequest.newBuilder(uri("api/kurser"))
                .header("Authorization", "Bearer " + participantToken()));
        assertEquals(200, withToken.statusCode());
        assertTrue(withToken.headers().firstValue("ETag").isEmpty());
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String loginPage = browser.send(HttpRequest.newBuilder(uri("logga-in")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"")
                .matcher(loginPage);
        assertTrue(viewState.find(), loginPage);
        String form = "inloggning=inloggning&inloggning%3AloggaIn=loggaIn&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8)
                + "&inloggning%3Aemail=deltagare1%40demo.kunskapsnav.se&inloggning%3Apassword="
                + URLEncoder.encode(DemoAccounts.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> loggedIn = browser.send(HttpRequest.newBuilder(uri("logga-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, loggedIn.statusCode(), loggedIn.body());
        assertFalse(get("kurser").body().contains("Logga ut"), "the anonymous page");
        HttpResponse<String> withSession = browser.send(HttpRequest.newBuilder(uri("kurser")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, withSession.statusCode());
        assertTrue(withSession.body().contains("Logga ut"), "the page as written for the person logged in");
        assertTrue(withSession.headers().firstValue("ETag").isEmpty());
        assertEquals("private, no-cache", withSession.headers().firstValue("Cache-Control").orElse(null));
    }

    /**
     * What keeping changes for a visitor: the answer comes from memory (it says how long it has been kept in
     * {@code Age}), the same bytes, without a database statement. Fifty answers of each run fewer statements than
     * there are answers (the background work's few a second included); written anew each would run 4 to 22 apiece.
     */
    @Test
    void aKeptAnswerIsServedFromMemoryWithoutAStatement() throws Exception {
        for (String path : List.of("api/kurser", "api/kommunbesok?lan=01", "uppfoljning", "lan/01")) {
            HttpResponse<String> kept = get(path);
            long deadline = System.nanoTime() + 10_000_000_000L; // nothing is kept within 2 s of a change
            while (kept.headers().firstValue("Age").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
                kept = get(path);
            }
            assertTrue(kept.headers().firstValue("Age").isPresent(), path + " was not kept");
            long before = statements();
            int answers = 50;
            for (int i = 0; i < answers; i++) {
                HttpResponse<String> again = get(path);
                assertEquals(200, again.statusCode(), path);
                if (again.headers().firstValue("ETag").equals(kept.headers().firstValue("ETag"))) {
                    assertTrue(again.headers().firstValue("Age").isPresent(), path);
                    assertEquals(kept.body(), again.body(), path);
                }
            }
            long statements = statements() - before;
            assertTrue(statements < answers, path + ": " + statements + " statements for " + answers + " answers");
        }
    }

    /** MariaDB's count of statements received, from every client. */
    private static long statements() throws Exception {
        try (var connection = java.sql.DriverManager.getConnection(TestDatabase.get().jdbcUrl(), "kunskapsnav", "");
             var statement = connection.createStatement();
             var row = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            row.next();
            return row.getLong(2);
        }
    }

    /** A new participant's API token, written straight into the database as the page benchmark does. */
    private static String participantToken() throws Exception {
        String token = "kn_apiit_" + System.nanoTime();
        try (var connection = java.sql.DriverManager.getConnection(TestDatabase.get().jdbcUrl(), "kunskapsnav", "");
             var statement = connection.createStatement()) {
            String email = "apiit." + System.nanoTime() + "@kommun.example";
            statement.executeUpdate("""
                    INSERT INTO account (email, email_verified_at, name, profession_code, sector_code, organisation_id,
                                         workplace_municipality_code, workplace_region_code, created_at)
                    SELECT '%s', NOW(6), 'Deltagare ApiIT', profession_code, sector_code, organisation_id,
                           workplace_municipality_code, workplace_region_code, NOW(6)
                      FROM account WHERE email = 'deltagare1@demo.kunskapsnav.se'""".formatted(email));
            statement.executeUpdate("""
                    INSERT INTO api_token (account_id, name, token_hash, created_at)
                    SELECT id, 'ApiIT', SHA2('%s', 256), NOW(6) FROM account WHERE email = '%s'"""
                    .formatted(token, email));
        }
        return token;
    }

    @Test
    void textTravelsCompressedToClientsThatAcceptIt() throws Exception {
        // as browsers and proxies speak to the portal: Payara compresses HTTP/1.1, not cleartext HTTP/2 (h2c), which
        // HttpClient would otherwise ask to upgrade to
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(uri("api/kommuner"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", answer.headers().firstValue("Content-Encoding").orElse(null));
        String unpacked;
        try (var gzip = new GZIPInputStream(new ByteArrayInputStream(answer.body()))) {
            unpacked = new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(get("api/kommuner").body(), unpacked);
        assertTrue(answer.body().length * 3 < unpacked.length(), answer.body().length + " of " + unpacked.length());
        HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(uri("kurser")).header("Accept-Encoding", "gzip")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(null));
    }

    @Test
    void stylesheetsAndScriptsAreCachedForAYearUnderTheirContentsAddress() throws Exception {
        String page = get("kurser").body();
        Matcher link = Pattern.compile("href=\"([^\"]*kunskapsnav\\.css[^\"]*)\"").matcher(page);
        assertTrue(link.find(), page);
        String address = link.group(1).replace("&amp;", "&");
        assertTrue(address.matches(".*[?&]v=[0-9a-f]{12}$"), address);
        HttpResponse<String> stylesheet = get(address);
        assertEquals(200, stylesheet.statusCode());
        assertEquals("public, max-age=31536000, immutable",
                stylesheet.headers().firstValue("Cache-Control").orElse(null));
        assertTrue(stylesheet.body().contains("skip-link"));
        HttpResponse<byte[]> compressed = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(uri(address)).header("Accept-Encoding", "gzip").build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", compressed.headers().firstValue("Content-Encoding").orElse(null));
        assertEquals("public, max-age=31536000, immutable",
                compressed.headers().firstValue("Cache-Control").orElse(null));
        // without the version, no promise of a year
        assertTrue(get("jakarta.faces.resource/css/kunskapsnav.css.xhtml").headers().firstValue("Cache-Control")
                .filter(value -> value.contains("immutable")).isEmpty());
    }

    @Test
    void pagesThatOnlyReadStartNoSession() throws Exception {
        for (String path : List.of("", "lan", "lan/01", "kurser", "sok?q=v%C3%A5ld", "natverk", "material",
                "uppfoljning")) {
            HttpResponse<String> answer = get(path);
            assertEquals(200, answer.statusCode(), path);
            assertTrue(answer.headers().firstValue("Set-Cookie").isEmpty(), path + ": "
                    + answer.headers().firstValue("Set-Cookie").orElse(""));
        }
    }

    private Api api() {
        return new Api(URI.create(base.toString()));
    }

    /** An answer read off the socket: status line and headers as sent, body as UTF-8. */
    private record RawAnswer(int status, String head, String body) {
        String header(String name) {
            return head.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name + ":"))
                    .map(line -> line.substring(name.length() + 1).strip()).findFirst().orElse("");
        }
    }

    /**
     * Sends a request exactly as written ({@code target} relative to the deployment, as other tests resolve
     * theirs), as HTTP/1.0 so that the answer ends when the server closes the connection (no chunks to join).
     */
    private RawAnswer raw(String method, String target, String headers, String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String root = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
        String message = method + " " + root + target + " HTTP/1.0\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\n" + headers + (content.length > 0 ? "Content-Length: " + content.length + "\r\n" : "") + "\r\n"
                + body;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            String head = split < 0 ? answer : answer.substring(0, split);
            return new RawAnswer(Integer.parseInt(head.substring(9, 12)), head,
                    split < 0 ? "" : answer.substring(split + 4));
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private static JsonStructure json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }
}

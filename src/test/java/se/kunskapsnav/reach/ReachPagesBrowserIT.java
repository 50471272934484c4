package se.kunskapsnav.reach;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitForSelectorState;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.kunskapsnav.testsupport.Api;
import se.kunskapsnav.testsupport.Browser;
import se.kunskapsnav.testsupport.CrossCountyWrites;
import se.kunskapsnav.testsupport.PortalPagesTestBase;
import se.kunskapsnav.testsupport.TestDatabase;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The follow-up pages, files and API over a county of their own (Norrbotten, where nothing else happens
 * today): three people sign up, one becomes the county's editor; a course (three registered, two present), a
 * municipal visit counted per profession and a conference counted from its sign-in sheet make the figures,
 * and two stored totals the shares. The public sees "färre än 5" where the editor sees 3, and every other count
 * as published with its noise, the same in the page, its pictures, the CSV file and the API; the page explains
 * how small numbers are protected. The editor sees exact figures in the page and the CSV, XLSX and PDF files.
 * Another county's editor may not touch the totals. axe-core scans every page visited.
 */
class ReachPagesBrowserIT extends PortalPagesTestBase {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final String COUNTY = "25";
    /** The employer "the municipality or region chosen as workplace" of the sign-up form. */
    private static final String WORKPLACE_ORGANISATION = "arbetsplats";
    private static final String ADMIN = "admin@demo.kunskapsnav.se";
    private static final String SKANE_EDITOR = "redaktor.skane@demo.kunskapsnav.se";
    private static final String PASSWORD = "uppföljning i Norrbotten";
    private static final String SOCIAL_WORKERS = "socialsekreterarna i Norrbotten";
    private static final String MANAGERS = "enhetscheferna i Norrbotten";

    @Test
    void theCountysFiguresArePublicWithSmallCountsHiddenAndExactForTheCountysEditor() throws Exception {
        LocalDate today = LocalDate.now(SWEDEN);
        Api api = new Api(URI.create(base.toString()));
        Page admin = browser.loggedInAsDemo(base, ADMIN);

        // ---- people of the county: a social worker in Luleå, a counsellor in Kiruna, and the county's editor
        String stamp = String.valueOf(System.nanoTime());
        Person socialWorker = signUp(admin, "Sigrid Socialsekreterare", "sigrid." + stamp + "@lulea.example",
                "socialsekreterare", "socialtjanst", "2580", WORKPLACE_ORGANISATION);
        Person counsellor = signUp(admin, "Kalle Kurator", "kalle." + stamp + "@kiruna.example", "kurator",
                "halso-och-sjukvard", "2584", WORKPLACE_ORGANISATION);
        Person editorPerson = signUp(admin, "Ulla Utvecklingsledare", "ulla." + stamp + "@lansstyrelsen.example",
                "kvinnofridssamordnare", "socialtjanst", "2580", WORKPLACE_ORGANISATION);
        grantEditorOfNorrbotten(admin, editorPerson.email());
        String editor = editorPerson.token();

        // ---- a course whose only session begins in a moment: three register, then it begins, two are marked present
        String courseTitle = "Hedersrelaterat våld och förtryck i Norrbotten " + stamp;
        LocalDateTime start = LocalDateTime.now(SWEDEN).truncatedTo(ChronoUnit.SECONDS).plusSeconds(20);
        long course = created(api.send("POST", "api/kurser", editor, course(courseTitle, start).toString()));
        assertEquals(200, api.send("POST", "api/kurser/" + course + "/publicera", editor, null).statusCode());
        long socialWorkerSeat = register(api, course, socialWorker);
        long counsellorSeat = register(api, course, counsellor);
        long editorSeat = register(api, course, editorPerson);
        beginNow(course);

        // ---- a municipal visit to Luleå with counts per profession, and a conference's sign-in sheet
        HttpResponse<String> visit = api.send("POST", "api/kommunbesok", editor, Json.createObjectBuilder()
                .add("municipalityCode", "2580").add("visitedOn", today.toString()).add("kind", "REVIEW")
                .add("themes", Json.createArrayBuilder().add("vald-i-nara-relationer"))
                .add("staff", Json.createArrayBuilder()).add("attendees", Json.createArrayBuilder())
                .add("followUps", Json.createArrayBuilder())
                .add("counts", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("profession", "socialsekreterare").add("attendees", 7))
                        .add(Json.createObjectBuilder().add("profession", "enhetschef").add("attendees", 3)))
                .build().toString());
        assertEquals(201, visit.statusCode(), visit.body());
        String conferenceTitle = "Länskonferens i Kiruna " + stamp;
        long conference = created(api.send("POST", "api/aktiviteter", editor, Json.createObjectBuilder()
                .add("county", COUNTY).add("kind", "konferens").add("title", conferenceTitle)
                .add("organiser", "Länsstyrelsen i Norrbottens län").add("startsOn", today.toString())
                .add("endsOn", today.toString()).add("themes", Json.createArrayBuilder().add("vald-i-nara-relationer"))
                .build().toString()));
        HttpResponse<String> signInSheet = api.send("PUT", "api/aktiviteter/" + conference + "/deltagande", editor,
                "[{\"municipalityCode\":\"2584\",\"profession\":\"polis\",\"attendees\":20}]");
        assertEquals(200, signInSheet.statusCode(), signInSheet.body());

        // ---- stored totals: the page's form for one, the API for the others
        Page editorPage = browser.newIsolatedPage();
        editorPage.navigate(base + "logga-in");
        Browser.submitLogin(editorPage, editorPerson.email(), PASSWORD);
        editorPage.waitForURL("**/mina-uppgifter");
        editorPage.navigate(base + "admin/uppfoljning/jamforelsetal");
        assertThat(editorPage.locator("#listrubrik")).hasText("Jämförelsetal för Norrbottens län " + today.getYear());
        assertThat(editorPage.locator("#ingaJamforelsetal")).isVisible();
        browser.checkAccessibilityAndCapture(editorPage, "r1-jamforelsetal-tomt");
        editorPage.fill("[id='jamforelsetal:benamning']", SOCIAL_WORKERS);
        editorPage.selectOption("[id='jamforelsetal:yrke']", "socialsekreterare");
        editorPage.fill("[id='jamforelsetal:antal']", "0");
        editorPage.click("[id='jamforelsetal:spara']");
        assertThat(editorPage.locator(".page-messages")).containsText("Jämförelsetalet är inte sparat");
        assertThat(editorPage.locator(".field:has([id='jamforelsetal:antal']) .field-error"))
                .hasText("Ange ett antal mellan 1 och 10 000 000.");
        browser.checkAccessibilityAndCapture(editorPage, "r2-jamforelsetal-fel");
        editorPage.fill("[id='jamforelsetal:antal']", "15");
        editorPage.click("[id='jamforelsetal:spara']");
        assertThat(editorPage.locator(".page-messages")).containsText("Jämförelsetalet ”" + SOCIAL_WORKERS + "” är sparat.");
        Locator socialWorkersRow = editorPage.locator("#jamforelsetalslista tr",
                new Page.LocatorOptions().setHasText(SOCIAL_WORKERS));
        assertThat(socialWorkersRow.locator("td.number")).hasText("15");
        socialWorkersRow.locator("a", new Locator.LocatorOptions().setHasText("Ändra")).click();
        assertThat(editorPage.locator("#formularrubrik")).hasText("Ändra jämförelsetalet");
        assertThat(editorPage.locator("[id='jamforelsetal:benamning']")).hasValue(SOCIAL_WORKERS);
        editorPage.fill("[id='jamforelsetal:antal']", "16");
        editorPage.click("[id='jamforelsetal:spara']");
        assertThat(socialWorkersRow.locator("td.number")).hasText("16");
        assertThat(socialWorkersRow).containsText("Socialsekreterare");

        HttpResponse<String> managers = api.send("POST", "api/uppfoljning/jamforelsetal", editor,
                denominatorJson("BD", today.getYear(), MANAGERS, null, "enhetschef", 5));
        long managersId = created(managers);
        assertTrue(managers.headers().firstValue("Location").orElse("").endsWith("/api/uppfoljning/jamforelsetal/"
                + managersId), managers.headers().toString());
        assertEquals(COUNTY, Api.object(managers).getString("county"), "letters become the code");
        HttpResponse<String> changed = api.send("PUT", "api/uppfoljning/jamforelsetal/" + managersId, editor,
                denominatorJson(COUNTY, today.getYear(), MANAGERS, null, "enhetschef", 6));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(6, Api.object(api.send("GET", "api/uppfoljning/jamforelsetal/" + managersId, null, null))
                .getInt("total"));
        long shelters = created(api.send("POST", "api/uppfoljning/jamforelsetal", editor,
                denominatorJson(COUNTY, today.getYear(), "personalen på kvinnojourerna", "WOMENS_SHELTER", null, 40)));

        HttpResponse<String> bad = api.send("POST", "api/uppfoljning/jamforelsetal", editor,
                denominatorJson(COUNTY, 1999, "", null, null, 0));
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(List.of("ar", "benamning", "organisationstyp", "antal"), Api.object(bad).getJsonArray("errors")
                .stream().map(e -> e.asJsonObject().getString("field")).toList());

        Page skanePage = browser.loggedInAsDemo(base, SKANE_EDITOR);
        assertEquals(403, skanePage.navigate(base + "admin/uppfoljning/jamforelsetal?andra=" + managersId).status(),
                "another county's total is not offered for changing");
        String skane = tokenOf(skanePage, "skåne");
        String totals = "api/uppfoljning/jamforelsetal?lan=" + COUNTY + "&ar=" + today.getYear();
        CrossCountyWrites skaneEditor = new CrossCountyWrites(URI.create(base.toString()), skane);
        skaneEditor.assertRefused("POST", "api/uppfoljning/jamforelsetal",
                denominatorJson(COUNTY, today.getYear(), "smugglat jämförelsetal", "POLICE", null, 10), totals);
        skaneEditor.assertRefused("PUT", "api/uppfoljning/jamforelsetal/" + managersId,
                denominatorJson(COUNTY, today.getYear(), MANAGERS, null, "enhetschef", 600), totals);
        skaneEditor.assertRefused("PUT", "api/uppfoljning/jamforelsetal/" + managersId,
                denominatorJson("12", today.getYear(), MANAGERS, null, "enhetschef", 6), totals);
        skaneEditor.assertRefused("DELETE", "api/uppfoljning/jamforelsetal/" + managersId, null, totals);

        // the page deletes after asking
        editorPage.navigate(base + "admin/uppfoljning/jamforelsetal?lan=" + COUNTY + "&ar=" + today.getYear());
        assertThat(editorPage.locator("#jamforelsetalslista tbody tr")).hasCount(3);
        editorPage.locator("#jamforelsetalslista tr", new Page.LocatorOptions().setHasText("kvinnojourerna"))
                .locator("input[type='submit']").click();
        assertThat(editorPage.locator("#bekraftaBorttagning")).containsText("personalen på kvinnojourerna");
        browser.checkAccessibilityAndCapture(editorPage, "r3-jamforelsetal-ta-bort");
        editorPage.click("[id='borttagning:taBort']");
        assertThat(editorPage.locator(".page-messages")).containsText("är borttaget");
        assertThat(editorPage.locator("#jamforelsetalslista tbody tr")).hasCount(2);
        assertEquals(404, api.send("GET", "api/uppfoljning/jamforelsetal/" + shelters, null, null).statusCode());
        assertEquals(List.of(MANAGERS, SOCIAL_WORKERS), Api.array(api.send("GET", totals, null, null)).stream()
                .map(d -> d.asJsonObject().getString("label")).sorted().toList());

        // ---- the course has begun: two present, the editor absent
        String marks = "{\"" + socialWorkerSeat + "\":true,\"" + counsellorSeat + "\":true,\"" + editorSeat + "\":false}";
        long session = Api.object(api.send("GET", "api/kurser/" + course, null, null)).getJsonArray("sessions")
                .getJsonObject(0).getInt("id");
        HttpResponse<String> marked = until(Duration.ofSeconds(90), () -> api.send("PUT", "api/kurser/" + course
                + "/tillfallen/" + session + "/narvaro", editor, marks), r -> r.statusCode() != 409);
        assertEquals(200, marked.statusCode(), marked.body());

        // ---- the API: the summary follows the change log, so ask until the attendance is in
        String report = "api/uppfoljning?lan=" + COUNTY + "&fran=" + today + "&till=" + today;
        JsonObject exact = Api.object(until(Duration.ofSeconds(60), () -> api.send("GET", report, editor, null),
                r -> r.statusCode() == 200 && value(Api.object(r), "attended") == 2
                        && value(Api.object(r), "persons") == 32));
        assertTrue(exact.getBoolean("exact"));
        assertEquals(count(3), exact.getJsonObject("registered"));
        assertEquals(count(32), exact.getJsonObject("participations"));
        assertEquals(3, exact.getInt("activities"));
        assertEquals(2, exact.getInt("municipalitiesReached"));
        assertEquals(14, exact.getInt("municipalitiesInScope"));
        assertEquals(14, exact.getInt("municipalityShare"));
        assertEquals(List.of("25"), exact.getJsonObject("query").getJsonArray("counties").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList());
        assertEquals(count(1), row(exact, "PROFESSION", "kurator").getJsonObject("persons"));
        assertEquals(count(8), row(exact, "PROFESSION", "socialsekreterare").getJsonObject("persons"));
        assertEquals(count(20), row(exact, "PROFESSION", "polis").getJsonObject("persons"));
        assertEquals(count(3), row(exact, "PROFESSION", "enhetschef").getJsonObject("persons"));
        assertEquals(2, row(exact, "ORGANISATION_TYPE", "MUNICIPALITY").getInt("organisations"));
        assertFalse(row(exact, "PROFESSION", "kurator").containsKey("municipalities"),
                "places are counted for themes, kinds and counties only");
        JsonObject courseRow = activity(exact, courseTitle);
        assertEquals(count(3), courseRow.getJsonObject("registered"));
        assertEquals(count(2), courseRow.getJsonObject("participants"));
        assertEquals(2, courseRow.getInt("municipalities"));
        assertEquals(JsonValue.NULL, activity(exact, conferenceTitle).get("registered"), "only courses have registrations");
        assertEquals(50, share(exact, MANAGERS).getInt("percent"));
        assertEquals(50, share(exact, SOCIAL_WORKERS).getInt("percent"));

        // the public: counts under 5 hidden, the others published give or take 4, shares of the published ones
        JsonObject open = Api.object(api.send("GET", report, null, null));
        assertFalse(open.getBoolean("exact"));
        long persons = published(open.getJsonObject("persons"), 32);
        assertEquals(hidden(), open.getJsonObject("registered"));
        assertEquals(hidden(), open.getJsonObject("attended"));
        assertEquals(hidden(), row(open, "PROFESSION", "kurator").getJsonObject("persons"));
        JsonObject socialWorkersReached = row(open, "PROFESSION", "socialsekreterare").getJsonObject("persons");
        long socialWorkers = published(socialWorkersReached, 8);
        published(row(open, "MUNICIPALITY", "2584").getJsonObject("persons"), 21);
        assertEquals(hidden(), activity(open, courseTitle).getJsonObject("participants"));
        assertEquals(2, activity(open, courseTitle).getInt("municipalities"), "places are never hidden");
        assertEquals(hidden(), share(open, MANAGERS).getJsonObject("reached"));
        assertFalse(share(open, MANAGERS).containsKey("percent"), "a hidden count gives no share either");
        assertEquals(socialWorkersReached, share(open, SOCIAL_WORKERS).getJsonObject("reached"),
                "the same social workers, the same figure");
        if (socialWorkers > 0) {
            assertEquals(Math.round(100.0 * socialWorkers / 16), share(open, SOCIAL_WORKERS).getInt("percent"),
                    "the share of the published figure");
        }
        assertEquals(open, Api.object(api.send("GET", report.replace("lan=25", "lan=bd"), skane, null)),
                "another county's editor sees what the public sees");

        // ---- the page as the public sees it: the form, then the report of the county's day
        Page visitor = browser.newIsolatedPage();
        visitor.navigate(base + "uppfoljning");
        assertThat(visitor.locator("nav a[aria-current='page']")).hasText("Uppföljning");
        assertThat(visitor.locator("#rapportrubrik")).containsText("Hela landet, " + today.getYear());
        browser.checkAccessibilityAndCapture(visitor, "r4-uppfoljning");
        visitor.click("#val-lan summary");
        visitor.check("#lan-" + COUNTY);
        visitor.fill("#fran", today.toString());
        visitor.fill("#till", today.toString());
        visitor.click("#visa");
        visitor.waitForURL(url -> url.contains("lan=" + COUNTY) && url.contains("fran=" + today));
        assertThat(visitor.locator("#val-lan summary")).hasText("Län: 1 av 21");
        assertThat(visitor.locator("#lan-" + COUNTY)).isChecked();
        assertThat(visitor.locator("#rapportrubrik")).containsText("Norrbottens län");
        assertThat(visitor.locator("#mening")).containsText(persons + " personer från 2 kommuner");
        assertThat(visitor.locator("#personer")).hasText(String.valueOf(persons));
        assertThat(visitor.locator("#kommuner")).hasText("2");
        assertThat(visitor.locator("#kommunandel")).hasText("14 % (2 av 14)");
        assertThat(visitor.locator("#anmalda")).hasText("färre än 5");
        assertThat(visitor.locator("#narvarande")).hasText("färre än 5");
        assertThat(visitor.locator("#justeradeTal")).containsText("justerade med ett litet slumptal");
        assertThat(visitor.locator("#justeradeTal")).containsText("färre än 5");
        assertThat(visitor.locator("#exaktaTal")).hasCount(0);
        assertThat(cells(visitor, "#per-PROFESSION", "Kurator")).hasText(new String[] {"färre än 5", "färre än 5"});
        assertThat(cells(visitor, "#per-PROFESSION", "Socialsekreterare").first()).hasText(text(socialWorkersReached));
        String day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("sv")).format(today);
        assertThat(cells(visitor, "#perAktivitet", courseTitle)).hasText(new String[] {"Utbildningsdag", day,
                "Norrbottens län", "färre än 5", "färre än 5", "2"});
        assertThat(visitor.locator("#andelar")).containsText(socialWorkers > 0
                ? Math.round(100.0 * socialWorkers / 16) + " % av " + SOCIAL_WORKERS + " (" + socialWorkers + " av 16, "
                + "Norrbottens län " + today.getYear() + ")"
                : "Andelen av " + SOCIAL_WORKERS + " visas inte: färre än 5 av 16");
        assertThat(visitor.locator("#andelar")).containsText("Andelen av " + MANAGERS + " visas inte: färre än 5 av 6");
        // the pictures: the map names each municipality with its figure (Kiruna: the counsellor and the 20 at the
        // conference), the bars each profession and organisation type, the line each month, as the tables do
        assertThat(visitor.locator("#kommunkarta svg[role=group]")).hasCount(1);
        assertThat(visitor.locator("#kommunkarta svg g[aria-label^='Kiruna:']")).hasAttribute("aria-label",
                "Kiruna: " + text(row(open, "MUNICIPALITY", "2584").getJsonObject("persons")) + " personer");
        assertThat(visitor.locator("#manadsdiagram svg[role=img]")).hasCount(1);
        assertPicturesFollowTheTables(visitor);
        browser.checkAccessibilityAndCapture(visitor, "r5-uppfoljning-offentlig");
        String publicCsv = download(visitor, "#csv");
        assertTrue(publicCsv.contains("\r\nKurator;färre än 5;färre än 5\r\n"), publicCsv);
        assertTrue(publicCsv.contains("\r\nAnmälda till kurser;färre än 5\r\n"), publicCsv);
        assertTrue(publicCsv.contains("\r\nPersoner;" + persons + "\r\n"), publicCsv);
        assertTrue(publicCsv.contains("\r\nSocialsekreterare;" + text(socialWorkersReached) + ";"), publicCsv);

        // how small numbers are protected: a section of the report page, and a page of its own
        assertThat(visitor.locator("#smaTalRubrik")).hasText("Så skyddar vi små tal");
        assertThat(visitor.locator("#smaTal")).containsText("Samma personer ger alltid samma tal");
        visitor.click("#smaTalLank");
        visitor.waitForURL("**/uppfoljning/sa-skyddar-vi-sma-tal");
        assertThat(visitor.locator("h1")).hasText("Så skyddar vi små tal");
        assertThat(visitor.locator("nav a[aria-current='page']")).hasText("Uppföljning");
        assertThat(visitor.locator("main")).containsText("högst 4");
        assertThat(visitor.locator("#summorna")).containsText("Delarna blir inte alltid lika med summan");
        assertThat(visitor.locator("main")).containsText("cellnyckelmetoden");
        browser.checkAccessibilityAndCapture(visitor, "r5b-sa-skyddar-vi-sma-tal");
        visitor.goBack();

        // ---- the same address for the county's editor: exact figures, in the page and both files
        editorPage.navigate(visitor.url());
        assertThat(editorPage.locator("#exaktaTal")).isVisible();
        assertThat(editorPage.locator("#justeradeTal")).hasCount(0);
        assertThat(editorPage.locator("#anmalda")).hasText("3");
        assertThat(editorPage.locator("#narvarande")).hasText("2");
        assertThat(cells(editorPage, "#per-PROFESSION", "Kurator")).hasText(new String[] {"1", "1"});
        assertThat(cells(editorPage, "#perAktivitet", courseTitle)).hasText(new String[] {"Utbildningsdag", day,
                "Norrbottens län", "3", "2", "2"});
        assertThat(editorPage.locator("#kommunkarta svg g[aria-label^='Kiruna:']"))
                .hasAttribute("aria-label", "Kiruna: 21 personer");
        assertPicturesFollowTheTables(editorPage);
        assertThat(editorPage.locator("#andelar")).containsText("50 % av " + MANAGERS + " (3 av 6, Norrbottens län");
        browser.checkAccessibilityAndCapture(editorPage, "r6-uppfoljning-redaktor");
        String editorCsv = download(editorPage, "#csv");
        assertTrue(editorCsv.contains("\r\nKurator;1;1\r\n"), editorCsv);
        assertTrue(editorCsv.contains("\r\nAnmälda till kurser;3\r\n"), editorCsv);
        assertTrue(editorCsv.contains("\r\n" + courseTitle + ";Utbildningsdag;" + today + ";Norrbottens län;3;2;2\r\n"),
                editorCsv);
        Download xlsx = editorPage.waitForDownload(() -> editorPage.click("#xlsx"));
        assertEquals("uppfoljning-" + today + "-" + today + ".xlsx", xlsx.suggestedFilename());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx.path())))) {
            assertEquals(16, workbook.getNumberOfSheets(), "a sheet per table, course series and coverage included");
            assertEquals(List.of("Kurator", "1", "1"), sheetRow(workbook.getSheet("Per yrke"), "Kurator"));
            assertEquals(List.of("Närvarande på kurser", "2"),
                    sheetRow(workbook.getSheet("Sammanfattning"), "Närvarande på kurser"));
            assertEquals("50 %", sheetRow(workbook.getSheet("Jämförelsetal"), "Norrbottens län").get(5));
        }
        Download pdf = editorPage.waitForDownload(() -> editorPage.click("#pdf"));
        assertEquals("uppfoljning-" + today + "-" + today + ".pdf", pdf.suggestedFilename());
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("32 personer från 2 kommuner"), text);
            assertTrue(text.contains("Personer per yrke"), text);
            assertTrue(text.contains("Kiruna 21 21"), text);
        }
    }

    @Test
    void badParametersAreMessagesAtTheirFieldsOnThePageAndProblemsInTheApi() {
        Api api = new Api(URI.create(base.toString()));
        Page visitor = browser.newIsolatedPage();
        Response answer = visitor.navigate(base + "uppfoljning?lan=ZZ&lan=01&ar=tjugo&yrke=astronaut&serie=okand");
        assertEquals(200, answer.status(), "a message at the field, never an error page");
        assertThat(visitor.locator(".page-messages")).containsText("Rapporten kan inte visas");
        assertThat(visitor.locator("#lan-fel")).hasText("Välj län i listan (länskod som 01 eller länsbokstav som AB).");
        assertThat(visitor.locator("#ar-fel")).hasText("Ange ett år mellan 1990 och 2100.");
        assertThat(visitor.locator("#yrke-fel")).hasText("Välj yrke i listan.");
        assertThat(visitor.locator("#serie-fel")).hasText("Välj kursserier i listan.");
        assertThat(visitor.locator("#ar")).hasValue("tjugo");
        assertThat(visitor.locator("#ar")).hasAttribute("aria-invalid", "true");
        assertThat(visitor.locator("#lan-01")).isChecked();
        assertThat(visitor.locator("#val-lan")).hasAttribute("open", "open");
        assertThat(visitor.locator("#rapport")).hasCount(0);
        browser.checkAccessibilityAndCapture(visitor, "r7-uppfoljning-fel");

        visitor.navigate(base + "uppfoljning?fran=2026-05-01&till=2026-04-30");
        assertThat(visitor.locator("#till-fel")).hasText("Skriv ett till-datum som är samma dag som eller efter från-datumet.");
        assertThat(visitor.locator("#ar")).hasValue("");

        HttpResponse<String> problem = api.send("GET", "api/uppfoljning?lan=ZZ&ar=tjugo&typ=okand", null, null);
        assertEquals(400, problem.statusCode(), problem.body());
        assertTrue(problem.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(List.of("lan", "typ", "ar"), Api.object(problem).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList());
        assertEquals(400, api.send("GET", "api/uppfoljning?fran=2026-01-01", null, null).statusCode());
        assertEquals(400, api.send("GET", "api/uppfoljning/jamforelsetal?ar=1800", null, null).statusCode());
        HttpResponse<byte[]> file = api.download("uppfoljning/rapport.csv?ar=tjugo", null);
        assertEquals(400, file.statusCode());
        assertTrue(new String(file.body(), StandardCharsets.UTF_8).contains("ar: Ange ett år mellan 1990 och 2100."));

        JsonObject country = Api.object(api.send("GET", "api/uppfoljning", null, null));
        int year = LocalDate.now(SWEDEN).getYear();
        assertEquals("Hela landet", country.getString("scope"));
        assertEquals(year + "-01-01", country.getJsonObject("query").getString("from"));
        assertEquals(String.valueOf(year), country.getString("period"));
        assertFalse(country.getBoolean("exact"));
        assertEquals(290, country.getInt("municipalitiesInScope"));
        assertEquals(List.of("PROFESSION", "SECTOR", "ORGANISATION_TYPE", "MUNICIPALITY", "MUNICIPALITY_GROUP",
                "POPULATION_BAND", "MONTH", "THEME", "KIND", "SERIES", "COUNTY"),
                new ArrayList<>(country.getJsonObject("breakdowns").keySet()));

        JsonObject options = Api.object(api.send("GET", "api/uppfoljning/alternativ", null, null));
        assertEquals(21, options.getJsonArray("counties").size());
        assertEquals(Json.createObjectBuilder().add("code", "25").add("name", "Norrbottens län").build(),
                options.getJsonArray("counties").stream().map(JsonValue::asJsonObject)
                        .filter(c -> c.getString("code").equals("25")).findFirst().orElseThrow());
        assertTrue(options.getJsonArray("kinds").stream().map(JsonValue::asJsonObject)
                .anyMatch(k -> k.getString("code").equals("kommunbesok") && k.getString("name").equals("Kommunbesök")));
        assertEquals(37, options.getJsonArray("professions").size());
    }

    /**
     * The whole country's report (the demo's visits and conferences of this year): each chart has a visible
     * title, named axes and its table right under it, no label runs out of its chart, and the map draws all
     * 290 municipalities, each reachable by keyboard and named with its figure; on a phone the charts' text stays
     * readable and nothing runs out of its picture.
     */
    @Test
    void chartsHaveTitlesNamedAxesAndTablesAndTheMapIsReadByKeyboard() {
        Page visitor = browser.newIsolatedPage();
        visitor.navigate(base + "uppfoljning");
        // the demo's figures reach the report once the summary has followed them
        for (int attempt = 0; attempt < 60 && visitor.locator("#per-MONTH").count() == 0; attempt++) {
            visitor.waitForTimeout(1000);
            visitor.reload();
        }

        assertPicture(visitor, "yrkesdiagram", "Personer per yrke", "PROFESSION", "Yrke", "Personer");
        assertPicture(visitor, "organisationsdiagram", "Personer per organisationstyp", "ORGANISATION_TYPE",
                "Organisationstyp", "Personer");
        assertPicture(visitor, "manadsdiagram", "Deltaganden per månad", "MONTH", "Månad", "Deltagartillfällen");
        assertPicture(visitor, "kommunkarta", "Personer per kommun", "MUNICIPALITY", null, null);
        assertPicture(visitor, "lanskarta", "Personer per arrangerande län", "COUNTY", null, null);
        // every month label stands whole inside its chart (none reads "eptember 2026")
        assertEquals(List.of(), textsOutsideTheirChart(visitor, "#manadsdiagram svg"));
        assertEquals(List.of(), textsOutsideTheirChart(visitor, "#yrkesdiagram svg"));
        assertEquals(List.of(), textsOutsideTheirChart(visitor, "#organisationsdiagram svg"));

        // the map: every municipality's boundary, each a tab stop named with its figure as the table has it
        Locator areas = visitor.locator("#kommunkarta svg g.kn-area[tabindex='0'][role='img']");
        assertThat(areas).hasCount(290);
        Pattern named = Pattern.compile(".+: ((\\d+|färre än 5) personer|1 person|utanför urvalet)");
        for (Object label : (List<?>) areas.evaluateAll("all => all.map(a => a.getAttribute('aria-label'))")) {
            assertTrue(named.matcher(String.valueOf(label)).matches(), String.valueOf(label));
        }
        Locator firstRow = visitor.locator("#per-MUNICIPALITY tbody tr").first();
        String municipality = firstRow.locator("th").textContent().trim();
        String persons = firstRow.locator("td").first().textContent().trim();
        String rowName = municipality + ": " + persons + (persons.equals("1") ? " person" : " personer");
        assertThat(visitor.locator("#kommunkarta svg g[aria-label='" + rowName + "']"))
                .hasCount(1);
        visitor.focus("#kommunkarta .reach-map-skip a");
        visitor.keyboard().press("Tab");
        String focused = (String) visitor.evaluate("document.activeElement.getAttribute('aria-label')");
        assertNotNull(focused, "Tab goes from the skip link to the first municipality");
        assertTrue(named.matcher(focused).matches(), focused);
        // a sighted keyboard user reads it too: the focused municipality's name and figure appear on the map
        Locator shown = visitor.locator("#kommunkarta .kn-area:focus .kn-area-label");
        assertThat(shown).isVisible();
        assertEquals(focused.replace(": ", ""), shown.textContent());
        assertThat(visitor.locator("#kommunkarta .kn-area-label:visible")).hasCount(1);
        assertThat(visitor.locator("#kommunkarta-teckenforklaring li").first()).hasText("Inte nådd");
        assertThat(visitor.locator("#kommunkarta-teckenforklaring")).containsText(
                "Kommungränser: Valmyndigheten via okfse/sweden-geojson.");
        browser.checkAccessibilityAndCapture(visitor, "r8-uppfoljning-diagram");

        // a phone 320 pixels wide: the charts shrink, their text no smaller than 11 pixels, nothing sticks out
        Browser phone = new Browser(320, 700);
        try {
            Page small = phone.newPage();
            small.navigate(visitor.url());
            for (String picture : List.of("yrkesdiagram", "organisationsdiagram", "manadsdiagram", "kommunkarta",
                    "lanskarta")) {
                Locator figure = small.locator("#" + picture);
                assertTrue((Boolean) figure.evaluate("f => f.scrollWidth <= f.clientWidth"), picture + " sticks out");
            }
            for (String chart : List.of("#yrkesdiagram svg", "#manadsdiagram svg")) {
                double scale = ((Number) small.locator(chart).evaluate(
                        "s => s.getBoundingClientRect().width / s.viewBox.baseVal.width")).doubleValue();
                assertTrue(14 * scale >= 11, chart + " draws its text at " + 14 * scale + " px");
            }
            phone.checkAccessibilityAndCapture(small, "r9-uppfoljning-diagram-320");
        } finally {
            phone.close();
        }
    }

    /**
     * A picture with its visible title, its axes named (charts), and its breakdown's table right after it, as a
     * real table with a caption and column headers.
     */
    private static void assertPicture(Page page, String id, String title, String dimension, String categoryAxis,
                                      String valueAxis) {
        assertThat(page.locator("#" + id + " figcaption")).hasText(title);
        assertThat(page.locator("#" + id + " figcaption")).isVisible();
        if (categoryAxis != null) {
            Locator texts = page.locator("#" + id + " svg text");
            assertThat(texts.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + categoryAxis + "$"))))
                    .hasCount(1);
            assertThat(texts.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + valueAxis + "$"))))
                    .hasCount(1);
        }
        Locator table = page.locator("#" + id + " + .table-scroll > table#per-" + dimension);
        assertThat(table).hasCount(1);
        assertThat(table.locator("caption")).isVisible();
        assertThat(table.locator("thead th[scope='col']").first()).isVisible();
    }

    /** The texts of a chart whose drawn box runs out of its viewBox. */
    private static List<?> textsOutsideTheirChart(Page page, String svg) {
        return (List<?>) page.locator(svg).evaluate("s => { const box = s.viewBox.baseVal;"
                + " return [...s.querySelectorAll('text')].filter(t => { const b = t.getBBox();"
                + " return b.x < box.x || b.y < box.y || b.x + b.width > box.x + box.width"
                + " || b.y + b.height > box.y + box.height; }).map(t => t.textContent); }");
    }

    // ---- people

    private record Person(String email, String token) {
    }

    /** Signs a person up through the page, confirms the address from the demo mailbox, logs in and makes a token. */
    private Person signUp(Page admin, String name, String email, String profession, String sector,
                          String municipality, String organisation) {
        Page page = browser.newIsolatedPage();
        page.navigate(base + "registrera");
        page.fill("[id='registrering:name']", name);
        page.selectOption("[id='registrering:profession']", profession);
        page.selectOption("[id='registrering:sector']", sector);
        page.selectOption("[id='registrering:county']", COUNTY);
        page.waitForSelector("[id='registrering:workplace'] option[value='kommun:" + municipality + "']",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        page.selectOption("[id='registrering:workplace']", "kommun:" + municipality);
        page.selectOption("[id='registrering:organisation']", organisation);
        page.fill("[id='registrering:email']", email);
        page.fill("[id='registrering:password']", PASSWORD);
        page.click("[id='registrering:skapa']");
        assertThat(page.locator("#klar")).isVisible();

        page.navigate(onTestServer(verificationLink(admin, email)));
        assertThat(page.locator("#bekraftad")).isVisible();
        page.navigate(base + "logga-in");
        Browser.submitLogin(page, email, PASSWORD);
        page.waitForURL("**/mina-uppgifter");
        String token = tokenOf(page, "uppföljning");
        page.context().close();
        return new Person(email, token);
    }

    private String verificationLink(Page admin, String email) {
        admin.navigate(base + "admin/e-post");
        // mail leaves the outbox just after commit: look again until it has arrived
        for (int attempt = 0; attempt < 40 && admin.locator("article.mail", new Page.LocatorOptions()
                .setHasText(email)).count() == 0; attempt++) {
            admin.waitForTimeout(250);
            admin.reload();
        }
        String mail = admin.locator("article.mail", new Page.LocatorOptions().setHasText(email)).first()
                .locator(".mail-body").textContent();
        Matcher link = Pattern.compile("https?://\\S+").matcher(mail);
        assertTrue(link.find(), mail);
        return link.group();
    }

    private void grantEditorOfNorrbotten(Page admin, String email) {
        admin.navigate(base + "admin/roller");
        admin.fill("[id='sok:email']", email);
        admin.click("[id='sok:hitta']");
        admin.selectOption("[id='tilldela:role']", "EDITOR");
        admin.selectOption("[id='tilldela:county']", COUNTY);
        admin.click("[id='tilldela:ge']");
        assertThat(admin.locator(".page-messages")).containsText("Rollen är given");
    }

    private String tokenOf(Page page, String name) {
        page.navigate(base + "mina-uppgifter");
        page.fill("[id='tokens:tokenName']", name);
        page.click("[id='tokens:skapaToken']");
        String token = page.locator("#nyToken").textContent().trim();
        assertTrue(token.startsWith("kn_"), token);
        return token;
    }

    // ---- fixtures through the API

    private static JsonObject course(String title, LocalDateTime start) {
        return Json.createObjectBuilder()
                .add("title", title).add("summary", "En utbildningsdag om heder för socialtjänst och hälso- och sjukvård.")
                .add("description", "Program kommer.").add("kind", "utbildningsdag").add("county", COUNTY)
                .add("level", "REGIONAL").add("format", "ON_SITE")
                .add("professions", Json.createArrayBuilder().add("socialsekreterare"))
                .add("sectors", Json.createArrayBuilder().add("socialtjanst"))
                .add("themes", Json.createArrayBuilder().add("hedersrelaterat-vald"))
                .add("targetGroups", Json.createArrayBuilder().add("berorda-professioner"))
                .add("sessions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("start", start.toString()).add("end", start.plusHours(6).toString())
                        .add("place", "Länsstyrelsen").add("address", "Stationsgatan 5, Luleå")))
                .add("capacity", 30)
                .add("registrationOpens", start.minusDays(1).toString())
                .add("registrationCloses", start.toString())
                .add("requiresApproval", false)
                .add("contactName", "Ulla Utvecklingsledare").add("contactEmail", "ulla@lansstyrelsen.example")
                .build();
    }

    private static long register(Api api, long course, Person person) {
        HttpResponse<String> response = api.send("POST", "api/kurser/" + course + "/anmalningar", person.token(), "{}");
        assertEquals(201, response.statusCode(), response.body());
        assertEquals("CONFIRMED", Api.object(response).getString("status"));
        return Api.object(response).getInt("id");
    }

    private static String denominatorJson(String county, int year, String label, String type, String profession,
                                          int total) {
        var json = Json.createObjectBuilder().add("county", county).add("year", year).add("label", label)
                .add("total", total);
        if (type != null) {
            json.add("organisationType", type);
        }
        if (profession != null) {
            json.add("profession", profession);
        }
        return json.build().toString();
    }

    private static long created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return Api.object(response).getJsonNumber("id").longValue();
    }

    /**
     * Moves the course 25 seconds back, past the start of its session: registered while open, it has begun, and
     * the test need not wait for the clock.
     */
    private static void beginNow(long course) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestDatabase.get().jdbcUrl(), "kunskapsnav", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    update course_session set starts_at = starts_at - interval 25 second,
                           ends_at = ends_at - interval 25 second where course_id = %d""".formatted(course));
            statement.executeUpdate("""
                    update course set starts_at = starts_at - interval 25 second, ends_at = ends_at - interval 25 second,
                           registration_opens_at = registration_opens_at - interval 25 second,
                           registration_closes_at = registration_closes_at - interval 25 second
                     where id = %d""".formatted(course));
        }
    }

    /** Asks again (twice a second) until the answer is what {@code done} waits for, or the time is up. */
    private static HttpResponse<String> until(Duration patience, Supplier<HttpResponse<String>> ask,
                                              Predicate<HttpResponse<String>> done)
            throws InterruptedException {
        Instant giveUp = Instant.now().plus(patience);
        HttpResponse<String> answer = ask.get();
        while (!done.test(answer) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(500);
            answer = ask.get();
        }
        return answer;
    }

    // ---- reading answers

    /** A count's value, -1 when it is hidden. */
    private static long value(JsonObject report, String count) {
        JsonValue value = report.getJsonObject(count).get("value");
        return value instanceof JsonNumber number ? number.longValue() : -1;
    }

    /** A published count: hidden, or the exact count give or take 4 (never under 5); its value, 0 when hidden. */
    private static long published(JsonObject figure, long exact) {
        if (figure.getBoolean("hidden")) {
            assertEquals(hidden(), figure);
            assertTrue(exact < 5 + 4, exact + " can only be hidden when its published figure is under 5");
            return 0;
        }
        long value = figure.getJsonNumber("value").longValue();
        assertTrue(Math.abs(value - exact) <= 4 && value >= 5, exact + " published as " + value);
        return value;
    }

    /** A count as the page writes it. */
    private static String text(JsonObject figure) {
        return figure.getBoolean("hidden") ? "färre än 5" : String.valueOf(figure.getJsonNumber("value").longValue());
    }

    /**
     * Every bar of the profession and organisation-type charts, every point of the month line, every reached
     * municipality and the county on the maps say what their table's row says.
     */
    private static void assertPicturesFollowTheTables(Page page) {
        assertRowsInPicture(page, "#per-PROFESSION", 0, "#yrkesdiagram");
        assertRowsInPicture(page, "#per-ORGANISATION_TYPE", 0, "#organisationsdiagram");
        assertRowsInPicture(page, "#per-MONTH", 1, "#manadsdiagram");
        Locator municipalities = page.locator("#per-MUNICIPALITY tbody tr");
        assertTrue(municipalities.count() > 0);
        for (int i = 0; i < municipalities.count(); i++) {
            String figure = municipalities.nth(i).locator("td").first().textContent().trim();
            String name = municipalities.nth(i).locator("th").textContent().trim() + ": " + figure
                    + (figure.equals("1") ? " person" : " personer");
            assertThat(page.locator("#kommunkarta svg g.kn-area[aria-label='" + name + "']")).hasCount(1);
        }
        // the county map names counties by their short names
        assertThat(page.locator("#lanskarta svg title").filter(new Locator.FilterOptions().setHasText("Norrbotten")))
                .hasText("Norrbotten: " + cells(page, "#per-COUNTY", "Norrbottens län").first().textContent().trim());
    }

    /** Each row's label and figure (the cell of {@code column}) is the title of a shape in the picture. */
    private static void assertRowsInPicture(Page page, String table, int column, String picture) {
        Locator rows = page.locator(table + " tbody tr");
        assertTrue(rows.count() > 0, table);
        for (int i = 0; i < rows.count(); i++) {
            String label = rows.nth(i).locator("th").textContent().trim();
            String figure = rows.nth(i).locator("td").nth(column).textContent().trim();
            // Playwright hands the pattern to JavaScript, which knows no \Q…\E: escape it by hand
            String exactly = "^" + (label + ": " + figure).replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "$";
            assertThat(page.locator(picture + " svg title").filter(new Locator.FilterOptions().setHasText(
                    Pattern.compile(exactly)))).not().hasCount(0);
        }
    }

    private static JsonObject count(long value) {
        return Json.createObjectBuilder().add("value", value).add("hidden", false).build();
    }

    private static JsonObject hidden() {
        return Json.createObjectBuilder().addNull("value").add("hidden", true).build();
    }

    private static JsonObject row(JsonObject report, String dimension, String key) {
        JsonArray rows = report.getJsonObject("breakdowns").getJsonArray(dimension);
        return rows.stream().map(JsonValue::asJsonObject).filter(r -> key.equals(r.getString("key", null)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + key + " in " + rows));
    }

    private static JsonObject activity(JsonObject report, String title) {
        return report.getJsonArray("activityRows").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("title").equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no activity " + title + " in " + report));
    }

    private static JsonObject share(JsonObject report, String label) {
        return report.getJsonArray("shares").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("label").equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no share " + label + " in " + report));
    }

    /** The data cells of the table row whose header cell is {@code rowHeader}. */
    private static Locator cells(Page page, String table, String rowHeader) {
        Locator row = page.locator(table + " tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("th", new Page.LocatorOptions().setHasText(rowHeader))));
        assertThat(row).hasCount(1);
        return row.locator("td");
    }

    private static String download(Page page, String link) throws Exception {
        Download download = page.waitForDownload(() -> page.click(link));
        assertNotNull(download.path());
        return Files.readString(download.path(), StandardCharsets.UTF_8);
    }

    private static List<String> sheetRow(XSSFSheet sheet, String first) {
        assertNotNull(sheet);
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(first)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.getStringCellValue()));
                return cells;
            }
        }
        throw new AssertionError("no row " + first + " in sheet " + sheet.getSheetName());
    }
}

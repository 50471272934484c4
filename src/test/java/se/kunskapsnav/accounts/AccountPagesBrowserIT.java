package se.kunskapsnav.accounts;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitForSelectorState;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import se.kunskapsnav.testsupport.Browser;
import se.kunskapsnav.testsupport.CrossCountyWrites;
import se.kunskapsnav.testsupport.PortalPagesTestBase;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A professional signs up, follows the link from the mail, logs in, creates an API token and uses it,
 * downloads their data and deletes the account; editors cannot touch another county's data. In a real
 * browser, with an axe-core scan of every page visited.
 */
class AccountPagesBrowserIT extends PortalPagesTestBase {

    private static final String DEMO_PASSWORD = DemoAccounts.PASSWORD;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aProfessionalSignsUpVerifiesLogsInUsesTheApiDownloadsTheirDataAndLeaves() throws Exception {
        String email = "anna." + System.nanoTime() + "@kommun.example";
        String password = "blå cykel vid älven";
        Page page = browser.newIsolatedPage();

        page.navigate(base + "registrera");
        browser.checkAccessibilityAndCapture(page, "10-registrera");
        fillSignUp(page, email, "kort");
        page.click("[id='registrering:skapa']");
        assertThat(page.locator(".field:has([id='registrering:password']) .field-error"))
                .hasText("Skriv ett lösenord med minst 12 tecken, gärna en fras med flera ord.");
        // the page's hint stays named next to the message (a pass-through aria-describedby would hide it)
        assertThat(page.locator("[id='registrering:password']"))
                .hasAttribute("aria-describedby", "losenordstips registrering:password-fel");
        browser.checkAccessibilityAndCapture(page, "11-registrera-fel");

        page.fill("[id='registrering:password']", password);
        page.click("[id='registrering:skapa']");
        assertThat(page.locator("#klar")).containsText("Vi har skickat ett e-postmeddelande");

        String link = verificationLinkFromTheDemoMailbox(email);
        page.navigate(onTestServer(link));
        assertThat(page.locator("#bekraftad")).containsText("Din e-postadress är bekräftad");
        browser.checkAccessibilityAndCapture(page, "12-bekraftad");

        page.navigate(base + "logga-in");
        Cookie before = sessionCookie(page);
        login(page, email, password);
        assertTrue(page.url().endsWith("/mina-uppgifter"), page.url());
        Cookie after = sessionCookie(page);
        assertNotEquals(before.value, after.value, "a new session id on login");
        assertTrue(after.httpOnly, "session cookie is HttpOnly");
        assertEquals(SameSiteAttribute.LAX, after.sameSite);
        assertThat(page.locator("#epost")).hasText(email);
        assertThat(page.locator("[id='profil:name']")).hasValue("Anna <b>Andersson</b>");
        assertEquals(0, page.locator("main b").count(), "the name is shown as text, never as markup");
        browser.checkAccessibilityAndCapture(page, "13-mina-uppgifter");

        String token = createToken(page, "Mitt skript");
        HttpResponse<String> me = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/mig"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, me.statusCode(), me.body());
        JsonObject meJson = Json.createReader(new StringReader(me.body())).readObject();
        assertEquals(email, meJson.getString("email"));
        assertEquals("PARTICIPANT", meJson.getJsonArray("roles").getString(0));

        Download download = page.waitForDownload(() -> page.click("#laddaNer"));
        String data = Files.readString(download.path());
        assertTrue(data.contains(email) && data.contains("Socialsekreterare") && data.contains("Mitt skript"), data);
        assertTrue(!data.contains(token), "the token itself is never stored, so never exported");

        page.click("[id='radera:raderaKonto']");
        assertThat(page.locator(".field-error")).containsText("Kryssa i rutan");
        page.check("[id='radera:confirm']");
        page.click("[id='radera:raderaKonto']");
        page.waitForURL("**/?kontoRaderat=1");
        assertThat(page.locator("nav")).containsText("Logga in");

        HttpResponse<String> afterErase = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/mig"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, afterErase.statusCode());
        login(page, email, password);
        assertThat(page.locator(".error-summary")).containsText("E-postadressen eller lösenordet stämmer inte");
        browser.checkAccessibilityAndCapture(page, "14-inloggning-fel");
    }

    @Test
    void aFailedSignUpShowsAnErrorSummaryThatLeadsToEachFieldAndLosesNothingTyped() {
        String password = "blå cykel vid älven";
        Page page = browser.newIsolatedPage();
        page.navigate(base + "registrera");
        page.fill("[id='registrering:password']", password);

        // choosing a county fills the two lists at once (js/workplace-choices.js): nothing typed is lost
        page.selectOption("[id='registrering:county']", "01");
        page.waitForSelector("[id='registrering:workplace'] option[value='kommun:0114']",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        assertThat(page.locator("[id='registrering:password']")).hasValue(password);
        assertThat(page.locator("[id='registrering:showWorkplaces']")).isHidden();
        // the employer list offers "the municipality chosen above" once instead of every municipality again
        Locator employers = page.locator("[id='registrering:organisation'] option");
        assertThat(employers.filter(new Locator.FilterOptions().setHasText("(kommun)"))).hasCount(0);
        assertThat(page.locator("[id='registrering:organisation'] option[value='arbetsplats']")).hasCount(1);

        page.click("[id='registrering:skapa']");
        Locator summary = page.locator(".error-summary");
        assertThat(summary.locator("h2")).hasText("Det finns fel i formuläret");
        assertThat(summary).isFocused();
        Locator emailLink = summary.locator("a", new Locator.LocatorOptions()
                .setHasText("Skriv en e-postadress, till exempel namn@kommun.se."));
        assertEquals("#registrering:email", emailLink.getAttribute("href"));
        assertThat(summary.locator("a", new Locator.LocatorOptions().setHasText("Skriv ett namn."))).hasCount(1);
        Locator email = page.locator("[id='registrering:email']");
        assertThat(email).hasAttribute("aria-invalid", "true");
        assertThat(email).hasAttribute("aria-describedby", "registrering:email-fel");
        assertThat(page.locator("[id='registrering:email-fel']"))
                .hasText("Skriv en e-postadress, till exempel namn@kommun.se.");
        assertThat(page.locator("[id='registrering:password']")).not().hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#losenordSparat")).isVisible();
        browser.checkAccessibilityAndCapture(page, "11a-registrera-felsammanfattning");
        emailLink.click();
        assertThat(email).isFocused();

        // a failed login says what to do at each field, in a summary that takes focus
        page.navigate(base + "logga-in");
        page.click("[id='inloggning:loggaIn']");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator(".error-summary li")).hasText(new String[] {
                "Skriv din e-postadress, till exempel namn@kommun.se.", "Skriv ditt lösenord."});
        assertThat(page.locator("[id='inloggning:password']")).hasAttribute("aria-invalid", "true");
        browser.checkAccessibilityAndCapture(page, "11b-inloggning-felsammanfattning");
    }

    @Test
    void withoutScriptTheCountyButtonFillsTheListsAndKeepsWhatWasTyped() {
        com.microsoft.playwright.BrowserContext noScript = browser.newIsolatedPage().context().browser()
                .newContext(new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(false));
        Page page = noScript.newPage();
        page.navigate(base + "registrera");
        page.fill("[id='registrering:name']", "Nora Utan Skript");
        page.fill("[id='registrering:email']", "nora." + System.nanoTime() + "@kommun.example");
        page.fill("[id='registrering:password']", "blå cykel vid älven");
        page.selectOption("[id='registrering:county']", "01");
        page.click("[id='registrering:showWorkplaces']");
        assertThat(page.locator("[id='registrering:workplace'] option[value='kommun:0114']")).hasCount(1);
        assertThat(page.locator("[id='registrering:name']")).hasValue("Nora Utan Skript");
        assertThat(page.locator("#losenordSparat")).isVisible();
        assertThat(page.locator(".error-summary")).hasCount(0);
        page.selectOption("[id='registrering:profession']", "socialsekreterare");
        page.selectOption("[id='registrering:sector']", "socialtjanst");
        page.selectOption("[id='registrering:workplace']", "kommun:0114");
        page.selectOption("[id='registrering:organisation']", "arbetsplats");
        page.click("[id='registrering:skapa']");
        assertThat(page.locator("#klar")).containsText("Vi har skickat ett e-postmeddelande");
        noScript.close();
    }

    @Test
    void anEditorCannotTouchAnotherCountysDataByAnyRoute() {
        Page admin = browser.newIsolatedPage();
        login(admin, "admin@demo.kunskapsnav.se", DEMO_PASSWORD);
        String adminToken = createToken(admin, "admin");
        Page skane = browser.newIsolatedPage();
        login(skane, "redaktor.skane@demo.kunskapsnav.se", DEMO_PASSWORD);
        String skaneToken = createToken(skane, "skåne");

        long uppsalaShelter = postOrganisation(adminToken, "03", "Kvinnojouren i Uppsala " + System.nanoTime());
        long skaneShelter = postOrganisation(skaneToken, "12", "Kvinnojouren i Lund " + System.nanoTime());

        CrossCountyWrites skaneEditor = new CrossCountyWrites(URI.create(base.toString()), skaneToken);
        skaneEditor.assertRefused("POST", "api/organisationer",
                organisationJson("03", "Smugglad förening"), "api/organisationer?lan=03");
        skaneEditor.assertRefused("PUT", "api/organisationer/" + uppsalaShelter,
                organisationJson("03", "Omdöpt av Skåne"), "api/organisationer?lan=03");
        skaneEditor.assertRefused("PUT", "api/organisationer/" + uppsalaShelter,
                organisationJson("12", "Flyttad till Skåne"), "api/organisationer?lan=03");

        HttpResponse<String> ownCounty = send("PUT", "api/organisationer/" + skaneShelter, skaneToken,
                organisationJson("12", "Kvinnojouren i Lund och Eslöv"));
        assertEquals(200, ownCounty.statusCode(), ownCounty.body());

        // editors give only the course leader role (see WebCoursePagesBrowserIT); the demo mailbox is for administrators
        Response mailPage = skane.navigate(base + "admin/e-post");
        assertEquals(403, mailPage.status());
        assertThat(skane.locator("h1")).hasText("Du har inte behörighet");
        browser.checkAccessibilityAndCapture(skane, "15-ingen-behorighet");

        skane.navigate(base + "admin/granskningslogg");
        assertThat(skane.locator("#granskning")).containsText("Kvinnojouren i Lund och Eslöv");
        assertThat(skane.locator("#granskning")).not().containsText("Kvinnojouren i Uppsala");
        browser.checkAccessibilityAndCapture(skane, "16-granskningslogg-skane");
    }

    @Test
    void anAdministratorGrantsAndRevokesARoleAndTheGrantIsLogged() {
        Page admin = browser.newIsolatedPage();
        login(admin, "admin@demo.kunskapsnav.se", DEMO_PASSWORD);
        admin.navigate(base + "admin/roller");
        // who has which role is listed without a search
        assertThat(admin.locator("#rollista tr", new Page.LocatorOptions().setHasText("Sara Utvecklingsledare")))
                .containsText("Stockholms län");
        admin.fill("[id='sok:email']", "kursledare@demo.kunskapsnav.se");
        admin.click("[id='sok:hitta']");
        assertThat(admin.locator("#konto h2")).containsText("Kim Kursledare");
        admin.selectOption("[id='tilldela:role']", "EDITOR");
        admin.selectOption("[id='tilldela:county']", "09");
        admin.click("[id='tilldela:ge']");
        assertThat(admin.locator(".page-messages")).containsText("Rollen är given");
        assertThat(admin.locator("[id='roller']")).containsText("Redaktör (utvecklingsledare) 09");
        browser.checkAccessibilityAndCapture(admin, "18-admin-roller");

        admin.locator("[id='roller'] li", new Page.LocatorOptions().setHasText("09")).locator("input").click();
        assertThat(admin.locator(".page-messages")).containsText("Rollen är borttagen");
        assertThat(admin.locator("[id='roller']")).not().containsText("09");

        admin.navigate(base + "admin/granskningslogg");
        // the log reads as Swedish sentences with the person's name and Swedish time
        assertThat(admin.locator("#granskning")).containsText("Ada Administratör gav rollen ”Redaktör (utvecklingsledare) till konto");
        assertThat(admin.locator("#granskning")).containsText("Ada Administratör tog bort rollen ”Redaktör (utvecklingsledare) från konto");
        assertThat(admin.locator("#granskning")).containsText("Gotlands län");
        assertThat(admin.locator("#granskning")).not().containsText("REVOKE");
        assertThat(admin.locator("#granskning td").first()).containsText(" kl. ");
    }

    @Test
    void loggingOutOnAllDevicesEndsTheOtherSessionsToo() {
        Page laptop = browser.newIsolatedPage();
        Page phone = browser.newIsolatedPage();
        login(laptop, "redaktor.stockholm@demo.kunskapsnav.se", DEMO_PASSWORD);
        login(phone, "redaktor.stockholm@demo.kunskapsnav.se", DEMO_PASSWORD);
        assertTrue(phone.url().endsWith("/mina-uppgifter"), phone.url());

        laptop.click("[id='sessioner:loggaUtOveralltKnapp']");

        phone.navigate(base + "mina-uppgifter");
        assertTrue(phone.url().contains("/logga-in"), "the phone must log in again: " + phone.url());
    }

    @Test
    void badTokensAndBadBodiesGetSwedishProblems() throws Exception {
        HttpResponse<String> noToken = send("POST", "api/organisationer", null, organisationJson("12", "X"));
        assertEquals(401, noToken.statusCode());
        HttpResponse<String> wrongToken = send("POST", "api/organisationer", "kn_fel", organisationJson("12", "X"));
        assertEquals(401, wrongToken.statusCode());
        assertTrue(wrongToken.body().contains("API-nyckeln är ogiltig"), wrongToken.body());

        Page admin = browser.newIsolatedPage();
        login(admin, "admin@demo.kunskapsnav.se", DEMO_PASSWORD);
        String token = createToken(admin, "admin fel");
        HttpResponse<String> bad = send("POST", "api/organisationer", token,
                "{\"type\":\"WOMENS_SHELTER\",\"name\":\"\",\"countyCode\":\"99\"}");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Json.createReader(new StringReader(bad.body())).readObject();
        assertEquals("Ett eller flera fält är felaktiga. Ingenting har sparats.", problem.getString("detail"));
        assertEquals(2, problem.getJsonArray("errors").size(), bad.body());
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteLaxAndSecureBehindHttps() throws Exception {
        // the sign-up page keeps its form's state in a session (the login page keeps none)
        String plain = sessionCookieHeader(HttpRequest.newBuilder(URI.create(base + "registrera")));
        assertTrue(plain.matches("(?i)JSESSIONID=[^;]+(;.*)?;\\s*SameSite=Lax(;.*)?"), plain);
        assertTrue(plain.matches("(?i).*;\\s*HttpOnly(;.*)?"), plain);
        assertFalse(plain.matches("(?i).*;\\s*Secure(;.*)?"), plain);

        String behindTls = sessionCookieHeader(HttpRequest.newBuilder(URI.create(base + "registrera"))
                .header("X-Forwarded-Proto", "https"));
        assertTrue(behindTls.matches("(?i).*;\\s*SameSite=Lax(;.*)?"), behindTls);
        assertTrue(behindTls.matches("(?i).*;\\s*Secure(;.*)?"), behindTls);
    }

    @Test
    void aFormSentAfterItsSessionEndedOrWithAnotherSessionsStateIsShownAgainAndChangesNothing() {
        String email = "utgangen." + System.nanoTime() + "@kommun.example";
        String password = "blå cykel vid älven";
        Page page = browser.newIsolatedPage();
        page.navigate(base + "registrera");
        fillSignUp(page, email, password);
        page.context().clearCookies(); // as if the session had timed out while the person filled in the form
        Response expired = page.waitForResponse(r -> r.request().method().equals("POST"),
                () -> page.click("[id='registrering:skapa']"));
        assertTrue(expired.status() < 500, "status " + expired.status());
        page.waitForLoadState();
        assertThat(page.locator(".page-messages")).containsText("Sidan hade gått ut. Försök igen.");
        assertThat(page.locator("h1")).hasText("Skapa konto");
        assertThat(page.locator("#klar")).hasCount(0);
        browser.checkAccessibilityAndCapture(page, "19-sidan-hade-gatt-ut");
        login(page, email, password);
        assertThat(page.locator(".error-summary")).containsText("E-postadressen eller lösenordet stämmer inte");

        // the state of someone else's form (the sign-up page's: the login page keeps none), and made-up states
        Page someoneElse = browser.newIsolatedPage();
        someoneElse.navigate(base + "registrera");
        String theirState = someoneElse.locator("input[name='jakarta.faces.ViewState']").first().inputValue();
        for (String state : new String[] {theirState, "-4242:4242", "inte-ett-tillstand"}) {
            Page mine = browser.newIsolatedPage();
            mine.navigate(base + "logga-in");
            mine.locator("input[name='jakarta.faces.ViewState']").first()
                    .evaluate("(input, value) => input.value = value", state);
            Browser.submitLogin(mine, "admin@demo.kunskapsnav.se", DEMO_PASSWORD);
            mine.waitForLoadState();
            assertThat(mine.locator(".page-messages")).containsText("Sidan hade gått ut. Försök igen.");
            assertTrue(mine.url().endsWith("/logga-in"), mine.url());
            assertThat(mine.locator("nav")).containsText("Logga in");
            mine.context().close();
        }
        someoneElse.context().close();
    }

    // ---- helpers

    private void fillSignUp(Page page, String email, String password) {
        page.fill("[id='registrering:name']", "Anna <b>Andersson</b>");
        page.selectOption("[id='registrering:profession']", "socialsekreterare");
        page.selectOption("[id='registrering:sector']", "socialtjanst");
        page.selectOption("[id='registrering:county']", "01");
        page.waitForSelector("[id='registrering:workplace'] option[value='kommun:0114']",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        page.selectOption("[id='registrering:workplace']", "kommun:0114");
        page.selectOption("[id='registrering:organisation']", "arbetsplats");
        page.fill("[id='registrering:email']", email);
        page.fill("[id='registrering:password']", password);
    }

    private String verificationLinkFromTheDemoMailbox(String email) {
        Page admin = browser.newIsolatedPage();
        login(admin, "admin@demo.kunskapsnav.se", DEMO_PASSWORD);
        admin.navigate(base + "admin/e-post");
        // mail leaves the outbox just after commit: look again until it has arrived
        for (int attempt = 0; attempt < 20 && admin.locator("article.mail", new Page.LocatorOptions()
                .setHasText(email)).count() == 0; attempt++) {
            admin.waitForTimeout(250);
            admin.reload();
        }
        browser.checkAccessibilityAndCapture(admin, "17-admin-e-post");
        String mail = admin.locator("article.mail", new Page.LocatorOptions().setHasText(email)).first()
                .locator(".mail-body").textContent();
        Matcher link = Pattern.compile("https?://\\S+").matcher(mail);
        assertTrue(link.find(), mail);
        admin.context().close();
        return link.group();
    }

    private static String sessionCookieHeader(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers().map()));
    }

    private Cookie sessionCookie(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie on " + page.url()));
    }

    private void login(Page page, String email, String password) {
        page.navigate(base + "logga-in");
        Browser.submitLogin(page, email, password);
        page.waitForLoadState();
    }

    private String createToken(Page page, String name) {
        page.navigate(base + "mina-uppgifter");
        page.fill("[id='tokens:tokenName']", name);
        page.click("[id='tokens:skapaToken']");
        String token = page.locator("#nyToken").textContent().trim();
        assertTrue(token.startsWith("kn_"), token);
        return token;
    }

    private long postOrganisation(String token, String county, String name) {
        HttpResponse<String> response = send("POST", "api/organisationer", token, organisationJson(county, name));
        assertEquals(201, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject().getJsonNumber("id").longValue();
    }

    private static String organisationJson(String county, String name) {
        return "{\"type\":\"WOMENS_SHELTER\",\"name\":\"" + name + "\",\"countyCode\":\"" + county + "\"}";
    }

    private HttpResponse<String> send(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package se.kunskapsnav.accounts;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.notification.DemoMailServer;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.testsupport.Deployments;
import se.kunskapsnav.testsupport.Mailbox;
import se.kunskapsnav.testsupport.TestDatabase;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Account rules inside Payara, with the demo mode's real SMTP server (GreenMail) receiving the mail; the pages'
 * forms also over HTTP as a browser sends them (concurrent logins, a forged Host header, error pages).
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    private static final String PASSWORD = "blå cykel vid älven";
    /** {@code kunskapsnav.base.url} of the test server (arquillian.xml): a name that never resolves. */
    private static final String CONFIGURED_BASE_URL = "https://kunskapsnav.test";
    private static final String INVALID = "E-postadressen eller lösenordet stämmer inte.";
    private static final String LOCKED = "För många felaktiga försök.";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Inject
    CountingPasswords passwords;

    @Inject
    AccountService accounts;

    @Inject
    SignUpService signUps;

    @Inject
    LoginService logins;

    @Inject
    ApiTokenService apiTokens;

    @Inject
    DirectoryService directory;

    @Inject
    DemoMailServer mail;

    @Inject
    LoginThrottle throttle;

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void signUpMailsALinkAndOnlyAVerifiedAccountMayLogIn() {
        String email = uniqueEmail("verify");
        signUps.signUp(signUp(email, PASSWORD));

        assertEquals(LoginResult.Outcome.UNVERIFIED, logins.authenticate(email, PASSWORD).outcome());
        String link = linkIn(email, "Bekräfta din e-postadress");
        assertTrue(link.startsWith(CONFIGURED_BASE_URL + "/konto/bekrafta?token="), link);
        String token = link.substring(link.indexOf("token=") + 6);

        assertTrue(signUps.verifyEmail(token));
        assertFalse(signUps.verifyEmail(token), "the link works once");
        LoginResult login = logins.authenticate(email.toUpperCase(), PASSWORD);
        assertEquals(LoginResult.Outcome.SUCCESS, login.outcome());
        assertEquals(Set.of(Role.PARTICIPANT), login.roles().roles());
    }

    @Test
    void badSignUpsSaveNothingAndSayWhichFieldIsWrong() {
        long before = accountCount();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> signUps.signUp(new SignUp(
                "inte-en-adress", "kort", "x".repeat(201), "okant-yrke", "socialtjanst",
                null, " ", Workplace.municipality("9999"))));
        assertEquals(Map.of(
                "email", "validation.email",
                "password", "password.tooShort",
                "name", "validation.tooLong",
                "profession", "validation.unknownProfession",
                "workplace", "validation.unknownWorkplace",
                "organisation", "validation.organisationRequired"), e.fieldMessageKeys());
        assertThrows(InvalidInputException.class,
                () -> signUps.signUp(signUp(uniqueEmail("common"), "Password1234")));
        assertEquals(before, accountCount());
    }

    @Test
    void aSecondSignUpWithTheSameAddressLooksAndTakesTheSameButOnlySendsAReminder() {
        String email = uniqueEmail("twice");
        int start = passwords.hashes();
        signUps.signUp(signUp(email, PASSWORD));
        int hashesForNewAddress = passwords.hashes() - start;
        long before = accountCount();

        signUps.signUp(signUp(email, "ett helt annat lösenord"));

        assertEquals(before, accountCount());
        assertNotNull(linkIn(email, "Du har redan ett konto"));
        // the hash is most of the answer's time (0.2 s): a taken address must cost it too, or timing tells
        assertEquals(1, hashesForNewAddress);
        assertEquals(hashesForNewAddress, passwords.hashes() - start - hashesForNewAddress);
    }

    @Test
    void fiveWrongPasswordsLockTheAddressForFifteenMinutesWhetherOrNotItHasAnAccount() {
        String email = verifiedAccount("lock");
        for (int i = 0; i < 4; i++) {
            assertEquals(LoginResult.Outcome.INVALID, logins.authenticate(email, "fel lösenord " + i).outcome());
        }
        assertEquals(LoginResult.Outcome.LOCKED, logins.authenticate(email, "fel lösenord 5").outcome());
        assertEquals(LoginResult.Outcome.LOCKED, logins.authenticate(email, PASSWORD).outcome(),
                "locked even with the right password");

        String nobody = uniqueEmail("nobody");
        for (int i = 0; i < 4; i++) {
            assertEquals(LoginResult.Outcome.INVALID, logins.authenticate(nobody, "gissning " + i).outcome());
        }
        assertEquals(LoginResult.Outcome.LOCKED, logins.authenticate(nobody, "gissning 5").outcome());
    }

    @Test
    void theThrottleLocksAtTheFifthFailureForFifteenMinutesAndCountsAfreshAfterwards() throws Exception {
        String email = uniqueEmail("throttle");
        Instant start = Instant.parse("2030-01-15T10:00:00Z");
        Instant afterLock = start.plus(LoginThrottle.LOCK);
        transaction.begin();
        try {
            for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
                assertFalse(throttle.failed(email, start), "failure " + i);
            }
            assertTrue(throttle.failed(email, start), "the fifth failure locks");
            assertTrue(throttle.isLocked(email, afterLock.minusSeconds(1)));
            assertTrue(throttle.succeeded(email, start.plusSeconds(60)), "the right password is refused meanwhile");
            assertFalse(throttle.isLocked(email, afterLock));

            assertFalse(throttle.failed(email, afterLock), "one failure after the lock does not lock again");
            assertFalse(throttle.succeeded(email, afterLock), "the right password then counts");
            for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
                assertFalse(throttle.failed(email, afterLock), "after a success, failure " + i);
            }
            assertTrue(throttle.failed(email, afterLock));
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aResetLinkSurvivesAWeakPasswordThenWorksOnceAndEndsAllSessions() {
        String email = verifiedAccount("reset");
        long id = accounts.findByEmail(email).orElseThrow().getId();
        int sessionVersion = accounts.account(id).getSessionVersion();
        logins.requestPasswordReset(email);
        String link = linkIn(email, "Välj nytt lösenord");
        assertTrue(link.startsWith(CONFIGURED_BASE_URL + "/nytt-losenord?token="), link);
        String token = link.substring(link.indexOf("token=") + 6);

        InvalidInputException weak = assertThrows(InvalidInputException.class,
                () -> logins.resetPassword(token, "123456789012"));
        assertEquals(Map.of("password", "password.common"), weak.fieldMessageKeys());

        logins.resetPassword(token, "ett nytt långt lösenord");

        assertEquals(LoginResult.Outcome.INVALID, logins.authenticate(email, PASSWORD).outcome());
        assertEquals(LoginResult.Outcome.SUCCESS, logins.authenticate(email, "ett nytt långt lösenord").outcome());
        assertTrue(logins.sessionAccount(id, sessionVersion).isEmpty(), "old sessions are ended");
        InvalidInputException used = assertThrows(InvalidInputException.class,
                () -> logins.resetPassword(token, "ännu ett nytt lösenord"));
        assertEquals(Map.of("token", "reset.invalidLink"), used.fieldMessageKeys());
    }

    @Test
    void anUnknownAddressGetsNoResetMailAndTheSameAnswer() {
        String nobody = uniqueEmail("noreset");
        logins.requestPasswordReset(nobody);
        assertTrue(mail.received().stream().noneMatch(m -> m.to().equals(nobody)));
    }

    /** The token check reads without a transaction; the token's use is noted after the request, in the background. */
    @Test
    void aTokensUseIsNotedAfterTheCheck() {
        long id = accounts.findByEmail(verifiedAccount("tokenuse")).orElseThrow().getId();
        String token = apiTokens.create(id, "skript");
        assertNull(apiTokens.tokensOf(id).getFirst().getLastUsedAt());

        assertEquals(id, apiTokens.authenticate(token).orElseThrow().accountId());
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (apiTokens.tokensOf(id).getFirst().getLastUsedAt() == null) {
            assertTrue(System.nanoTime() < deadline, "the use was never noted");
            Thread.onSpinWait();
        }
    }

    @Test
    void erasureRemovesThePersonAndKeepsTheStatisticsFacts() {
        String email = verifiedAccount("erase");
        long id = accounts.findByEmail(email).orElseThrow().getId();
        String token = apiTokens.create(id, "skript");
        Account before = accounts.account(id);
        Long organisation = before.getOrganisationId();

        accounts.erase(id);

        em.clear();
        Account after = accounts.account(id);
        assertNull(after.getEmail());
        assertNull(after.getName());
        assertNotNull(after.getErasedAt());
        assertEquals("socialsekreterare", after.getProfessionCode());
        assertEquals("socialtjanst", after.getSectorCode());
        assertEquals(organisation, after.getOrganisationId());
        assertEquals("0114", after.getWorkplaceMunicipalityCode());
        assertEquals(before.getCreatedAt(), after.getCreatedAt());
        assertTrue(accounts.findByEmail(email).isEmpty());
        assertEquals(LoginResult.Outcome.INVALID, logins.authenticate(email, PASSWORD).outcome());
        assertTrue(apiTokens.authenticate(token).isEmpty());
        assertTrue(apiTokens.tokensOf(id).isEmpty());
    }

    @Test
    void retentionErasesAccountsUnusedSinceTheCutoffButKeepsThoseWithRoles() throws InterruptedException {
        String old = verifiedAccount("retention-old");
        Thread.sleep(5);
        Instant cutoff = Instant.now();
        Thread.sleep(5);
        String recent = verifiedAccount("retention-new");

        assertTrue(accounts.eraseUnusedSince(cutoff) >= 1);

        assertTrue(accounts.findByEmail(old).isEmpty(), "unused since before the cutoff: erased");
        assertTrue(accounts.findByEmail(recent).isPresent(), "created after the cutoff: kept");
        assertTrue(accounts.findByEmail("admin@demo.kunskapsnav.se").isPresent(), "holds a role: kept");
    }

    @Test
    void anEmployerThatIsNotInTheDirectoryWaitsForReview() {
        String email = uniqueEmail("other");
        signUps.signUp(new SignUp(email, PASSWORD, "Eva Ideell", "volontar", "ideell-sektor", null,
                "Kvinnojouren i Väsby", Workplace.municipality("0114")));
        Account account = accounts.findByEmail(email).orElseThrow();
        var organisation = directory.organisation(account.getOrganisationId()).orElseThrow();
        assertEquals("Kvinnojouren i Väsby", organisation.getName());
        assertEquals("PENDING_REVIEW", organisation.getStatus().name());
        assertEquals("01", organisation.getCountyCode());
        assertTrue(directory.organisations("01").stream().noneMatch(o -> o.getId().equals(organisation.getId())),
                "not offered to others before an editor approves it");
    }

    @Test
    void linksAndRedirectsNeverTakeTheHostTheRequestNamed() throws Exception {
        String email = verifiedAccount("host");
        PageSession visitor = new PageSession(base);
        Map<String, String> form = visitor.form("glomt-losenord", "glomt", "skicka");
        form.put("glomt:email", email);

        String answer = visitor.sendNamingHost("POST", "glomt-losenord", "evil.example:8080", form);

        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        String link = linkIn(email, "Välj nytt lösenord");
        assertTrue(link.startsWith(CONFIGURED_BASE_URL + "/nytt-losenord?token="), link);
        // a redirect names no host at all, so the one a request names cannot come back in it
        String redirect = visitor.sendNamingHost("GET", "mina-uppgifter", "evil.example:8080", Map.of());
        assertTrue(redirect.startsWith("HTTP/1.1 302"), redirect);
        assertTrue(redirect.contains("\r\nLocation: /"), redirect);
        assertFalse(redirect.contains("evil.example"), redirect);
        // nor does the API's Location of what a script created
        String token = apiTokens.create(accounts.findByEmail("redaktor.skane@demo.kunskapsnav.se").orElseThrow().getId(),
                "host");
        String created = visitor.sendNamingHost("POST", "api/organisationer", "evil.example:8080", "application/json",
                "{\"type\":\"WOMENS_SHELTER\",\"name\":\"Kvinnojouren " + System.nanoTime()
                        + "\",\"countyCode\":\"12\"}", "Authorization: Bearer " + token);
        assertTrue(created.startsWith("HTTP/1.1 201"), created);
        assertTrue(created.contains("\r\nLocation: " + CONFIGURED_BASE_URL + "/api/organisationer/"), created);
    }

    @Test
    void theLoginFormKeepsNoSessionAndRefusesAPostFromAnotherSite() throws Exception {
        PageSession visitor = new PageSession(base);
        Map<String, String> form = visitor.form("logga-in", "inloggning", "loggaIn");
        assertEquals("stateless", form.get("jakarta.faces.ViewState"), "any instance of a cluster can take the form");
        assertFalse(visitor.hasSession(), "the login page alone starts no session");
        form.put("inloggning:email", verifiedAccount("cross-site"));
        form.put("inloggning:password", PASSWORD);

        HttpResponse<String> forged = visitor.post("logga-in", form, "Sec-Fetch-Site", "cross-site");
        assertEquals(200, forged.statusCode());
        assertTrue(forged.body().contains("Logga in på Kunskapsnavs egen inloggningssida."), forged.body());
        assertFalse(visitor.hasSession(), "nobody is signed in by another site's form");

        HttpResponse<String> own = visitor.post("logga-in", form, "Sec-Fetch-Site", "same-origin");
        assertEquals(302, own.statusCode(), own.body());
        assertTrue(visitor.hasSession());
    }

    @Test
    void simultaneousWrongPasswordsAreEachAnsweredAndLockTheAddress() throws Exception {
        String neverTried = verifiedAccount("burst-new");
        assertEachAnswered(wrongPasswordsAtOnce(neverTried, 16));
        assertRefusedAsLocked(neverTried);

        String triedBefore = verifiedAccount("burst-known");
        assertEquals(200, login(new PageSession(base), triedBefore, "ett fel lösenord").statusCode());
        assertEachAnswered(wrongPasswordsAtOnce(triedBefore, 8));
        assertRefusedAsLocked(triedBefore);
    }

    @Test
    void everyRefusalShowsItsSwedishPageInTheLayoutAndLogsNothingSevere() throws Exception {
        // the demo course leader: registered for a course not yet held, and kept by the retention test (a role)
        PageSession courseLeader = new PageSession(base);
        assertEquals(302, login(courseLeader, "kursledare@demo.kunskapsnav.se", DemoAccounts.PASSWORD).statusCode());
        long notAttended = ((Number) em.createNativeQuery("""
                select r.id from registration r join account a on a.id = r.account_id
                where a.email = 'kursledare@demo.kunskapsnav.se' and r.status <> 'ATTENDED' order by r.id limit 1""")
                .getSingleResult()).longValue();
        PageSession editor = new PageSession(base);
        assertEquals(302, login(editor, "redaktor.skane@demo.kunskapsnav.se", DemoAccounts.PASSWORD).statusCode());
        List<String> severe = new CopyOnWriteArrayList<>();
        Handler collector = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    severe.add(record.getLoggerName() + ": " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(collector);
        try {
            // pages that refuse or find nothing (JSF, reached through their readable URL)
            assertErrorPage(editor.get("admin/e-post"), 403, "Du har inte behörighet");
            assertErrorPage(courseLeader.get("webbkurs/grupper/999999999"), 404, "Sidan finns inte");
            // servlets that refuse
            assertErrorPage(courseLeader.get("intyg/999999999"), 404, "Sidan finns inte");
            assertErrorPage(courseLeader.get("intyg/" + notAttended), 409, "Det går inte just nu");
            assertErrorPage(courseLeader.post("intyg/" + notAttended, Map.of()), 405, "Det går inte att göra så här");
            // an address that is nothing
            assertErrorPage(new PageSession(base).get("finns/inte"), 404, "Sidan finns inte");
        } finally {
            Logger.getLogger("").removeHandler(collector);
        }
        assertEquals(List.of(), severe);
    }

    // ---- helpers

    private String verifiedAccount(String prefix) {
        String email = uniqueEmail(prefix);
        signUps.signUp(signUp(email, PASSWORD));
        String link = linkIn(email, "Bekräfta din e-postadress");
        assertTrue(signUps.verifyEmail(link.substring(link.indexOf("token=") + 6)));
        return email;
    }

    private SignUp signUp(String email, String password) {
        Long organisation = directory.municipalityOrganisation("0114").orElseThrow().getId();
        return new SignUp(email, password, "Anna Andersson", "socialsekreterare", "socialtjanst", organisation,
                null, Workplace.municipality("0114"));
    }

    private String linkIn(String email, String subjectStart) {
        DemoMailServer.ReceivedMail message = new Mailbox(mail).one(email, subjectStart);
        Matcher link = Pattern.compile("https?://\\S+").matcher(message.body());
        return link.find() ? link.group() : null;
    }

    private long accountCount() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    private static String uniqueEmail(String prefix) {
        return prefix + "." + System.nanoTime() + "@kommun.example";
    }
    private List<HttpResponse<String>> wrongPasswordsAtOnce(String email, int attempts) throws Exception {
        List<PageSession> browsers = new ArrayList<>();
        List<Map<String, String>> forms = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            browsers.add(new PageSession(base));
            forms.add(browsers.get(i).form("logga-in", "inloggning", "loggaIn"));
        }
        CyclicBarrier start = new CyclicBarrier(attempts);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                PageSession browser = browsers.get(i);
                Map<String, String> form = forms.get(i);
                form.put("inloggning:email", email);
                form.put("inloggning:password", "gissning " + i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return browser.post("logga-in", form);
                }));
            }
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertEachAnswered(List<HttpResponse<String>> responses) {
        for (HttpResponse<String> response : responses) {
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().contains(INVALID) || response.body().contains(LOCKED), response.body());
        }
    }

    private void assertRefusedAsLocked(String email) throws IOException, InterruptedException {
        HttpResponse<String> right = login(new PageSession(base), email, PASSWORD);
        assertEquals(200, right.statusCode(), "the right password must not log in: " + right.headers().map());
        assertTrue(right.body().contains(LOCKED), right.body());
    }

    private static HttpResponse<String> login(PageSession browser, String email, String password)
            throws IOException, InterruptedException {
        Map<String, String> form = browser.form("logga-in", "inloggning", "loggaIn");
        form.put("inloggning:email", email);
        form.put("inloggning:password", password);
        return browser.post("logga-in", form);
    }

    private static void assertErrorPage(HttpResponse<String> response, int status, String heading) {
        String body = response.body();
        assertEquals(status, response.statusCode(), body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), body);
        assertTrue(body.contains("<h1>" + heading), body);
        assertTrue(body.contains("class=\"site-header\"") && body.contains("class=\"site-footer\""),
                "in the layout: " + body);
        assertFalse(body.contains("HTTP Status") || body.contains("Exception"), body);
    }

    /** One browser's session with the pages over HTTP: its cookies, and forms sent as a browser sends them. */
    private static final class PageSession {

        private static final Pattern VIEW_STATE = Pattern.compile(
                "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

        private final URI base;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http;

        PageSession(URL base) {
            this.base = URI.create(base.toString());
            this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build();
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Sends a form, with the headers given as name, value, name, value … */
        HttpResponse<String> post(String path, Map<String, String> fields, String... headers)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encoded(fields)));
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        boolean hasSession() {
            return cookies.getCookieStore().getCookies().stream().anyMatch(c -> c.getName().equals("JSESSIONID"));
        }

        /** Opens the page: the fields its form {@code formId} sends when {@code button} is pressed, to be filled in. */
        Map<String, String> form(String path, String formId, String button) throws IOException, InterruptedException {
            String page = get(path).body();
            Matcher viewState = VIEW_STATE.matcher(page);
            assertTrue(viewState.find(), page);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(formId, formId);
            fields.put(formId + ":" + button, button);
            fields.put("jakarta.faces.ViewState", viewState.group(1));
            return fields;
        }

        /** Sends a form with a Host header of the caller's choosing (the HTTP client refuses to set one). */
        String sendNamingHost(String method, String path, String host, Map<String, String> fields) throws IOException {
            return sendNamingHost(method, path, host, "application/x-www-form-urlencoded", encoded(fields));
        }

        /** Sends {@code body} with a Host header of the caller's choosing and the given headers: the raw answer. */
        String sendNamingHost(String method, String path, String host, String contentType, String body,
                              String... headers) throws IOException {
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            String cookie = cookies.getCookieStore().get(base).stream().map(Object::toString)
                    .collect(Collectors.joining("; "));
            StringBuilder head = new StringBuilder(method + " " + base.resolve(path).getRawPath() + " HTTP/1.1\r\n")
                    .append("Host: ").append(host).append("\r\n");
            if (!cookie.isEmpty()) {
                head.append("Cookie: ").append(cookie).append("\r\n");
            }
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(content.length)
                    .append("\r\nConnection: close\r\n\r\n");
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(content);
                out.flush();
                InputStream in = socket.getInputStream();
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        private static String encoded(Map<String, String> fields) {
            return fields.entrySet().stream()
                    .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
    }
}

package se.kunskapsnav.webcourse;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import se.kunskapsnav.testsupport.Api;
import se.kunskapsnav.testsupport.PortalPagesTestBase;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web course in the browser. A participant begins the course, reads a module's lessons and takes its
 * quiz (first with a question left out, which is named and nothing saved), sees the progress, is refused the
 * course leader manual, and once the rest is done (by a script, through the API) downloads the certificate.
 * A course leader forms a study group (first without a name), plans a session, records a participant without
 * a name, and marks the session held; participants join by the invitation link (one is refused, being in
 * another group) and see the plan and the reflection questions; the county's editor follows the group
 * without changing it. An editor gives and takes the course leader role. Every page visited gets an axe-core
 * WCAG 2.1 AA scan. Assertions look at what a person reads, and at this test's own group, since demo data and
 * other tests share the database.
 */
class WebCoursePagesBrowserIT extends PortalPagesTestBase {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter SWEDISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("sv"));
    private static final Pattern GROUP_URL = Pattern.compile(".*/webbkurs/grupper/(\\d+)$");
    private static final Pattern LESSON_PLACE = Pattern.compile("Lektion (\\d+) av (\\d+)");
    private static final String MODULE = "01-vad-ar-vald";
    /** Cecilia: on no web course track in the demo data; only the individual track here. */
    private static final String PARTICIPANT = "deltagare3@demo.kunskapsnav.se";
    /** Bo: a member of the demo course leader's study group. */
    private static final String GROUP_MEMBER = "deltagare2@demo.kunskapsnav.se";
    /** Alva: part-way through the course on her own; joins the new group, and is made course leader for a while. */
    private static final String OTHER_PARTICIPANT = "deltagare1@demo.kunskapsnav.se";
    private static final String LEADER = "kursledare@demo.kunskapsnav.se";
    private static final String EDITOR = "redaktor.vastragotaland@demo.kunskapsnav.se";
    private static final String NOT_ALLOWED = "Du har inte behörighet";

    // ---- the individual track

    @Test
    void aParticipantReadsAModuleTakesItsQuizAndSeesTheProgress() throws IOException {
        Page cecilia = browser.loggedInAsDemo(base, PARTICIPANT);
        cecilia.navigate(base + "webbkurs");
        assertThat(cecilia.locator("h1")).hasText("Mäns våld mot kvinnor och våld i nära relationer");
        assertThat(cecilia.locator("#sparrubrik")).hasText("Två sätt att gå kursen");
        assertThat(cecilia.locator("#moduler > li").first()).containsText("Modul 1: Vad är våld i nära relationer?");
        assertThat(cecilia.locator("#moduler > li").first()).containsText("lektioner och ett test");
        assertThat(cecilia.locator("nav.main-nav a[aria-current='page']")).hasText("Webbkurs");
        browser.checkAccessibilityAndCapture(cecilia, "80-webbkurs");

        cecilia.click("[id='borja:borjaKursen']");
        assertThat(cecilia.locator(".page-messages")).containsText("Du har börjat kursen.");
        assertThat(cecilia.locator("#framsteg")).containsText("Du har gjort 0 % av kursen.");
        assertThat(cecilia.locator("#framstegsmatare")).isVisible();
        browser.checkAccessibilityAndCapture(cecilia, "81-webbkurs-borjad");

        cecilia.click("#moduler > li >> nth=0 >> a");
        assertTrue(cecilia.url().endsWith("/webbkurs/moduler/" + MODULE), cecilia.url());
        assertThat(cecilia.locator("h1")).hasText("Modul 1: Vad är våld i nära relationer?");
        assertTrue(cecilia.locator("#reflektion li").count() > 0, "the module shows its reflection questions");
        assertThat(cecilia.locator("#lasModulen")).hasText("Börja läsa");
        browser.checkAccessibilityAndCapture(cecilia, "82-modul");

        int lessons = readEveryLessonOfTheModule(cecilia);

        // the last lesson leads to the quiz; a lesson read shows so
        assertTrue(cecilia.url().endsWith("/webbkurs/quiz/" + MODULE), cecilia.url());
        assertThat(cecilia.locator(".page-messages")).containsText("Nu kan du göra testet.");
        takeTheQuiz(cecilia);

        cecilia.navigate(base + "webbkurs/moduler/" + MODULE + "/" + firstLessonCode(cecilia));
        assertThat(cecilia.locator("#last")).hasText("Läst");
        assertThat(cecilia.locator("[id='lasning:markeraLast']")).hasCount(0);

        cecilia.navigate(base + "webbkurs");
        Locator first = cecilia.locator("#moduler > li").first();
        assertThat(first).containsText(lessons + " av " + lessons + " lektioner lästa. Testet är klart.");
        assertThat(cecilia.locator("#framsteg")).containsText("1 av");
        assertThat(cecilia.locator("#fortsatt")).containsText("Fortsätt med modul 2:");
        browser.checkAccessibilityAndCapture(cecilia, "87-webbkurs-framsteg");

        // no certificate before the course is complete: a page that says why
        cecilia.navigate(base + "webbkurs/intyg");
        assertThat(cecilia.locator("#ingetIntyg"))
                .hasText("Intyget finns när du har läst alla lektioner och klarat alla quiz.");
        browser.checkAccessibilityAndCapture(cecilia, "88-intyg-inte-klar");

        // the manual is for course leaders
        Response manual = cecilia.navigate(base + "webbkurs/utbildningsmanual");
        assertEquals(403, manual.status());
        assertThat(cecilia.locator("h1")).hasText(NOT_ALLOWED);
        assertThat(cecilia.locator("main")).not().containsText("Diskussionsguider");
        browser.checkAccessibilityAndCapture(cecilia, "89-manual-ej-kursledare");
        assertEquals(403, cecilia.navigate(base + "webbkurs/grupper").status());

        finishTheCourseAsAScriptWould(cecilia);
        cecilia.navigate(base + "webbkurs");
        assertThat(cecilia.locator("#kursenKlar")).hasText("Du har gått igenom hela kursen.");
        assertThat(cecilia.locator("#framsteg")).containsText("Du har gjort 100 % av kursen.");
        browser.checkAccessibilityAndCapture(cecilia, "89-webbkurs-klar");
        Download certificate = cecilia.waitForDownload(() -> cecilia.click("#laddaNerIntyg"));
        assertEquals("intyg-webbkurs.pdf", certificate.suggestedFilename());
        assertTrue(new String(Files.readAllBytes(certificate.path()), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"),
                "the certificate is a PDF");

        // on a phone
        cecilia.setViewportSize(390, 844);
        cecilia.navigate(base + "webbkurs/moduler/" + MODULE);
        cecilia.click("#lektioner li >> nth=0 >> a");
        assertThat(cecilia.locator("#last")).hasText("Läst");
        browser.checkAccessibilityAndCapture(cecilia, "90-lektion-mobil");
        cecilia.context().close();
    }

    /** The rest of the course through the API, with a personal key made on "Mina uppgifter": every lesson, every quiz. */
    private void finishTheCourseAsAScriptWould(Page page) throws IOException {
        page.navigate(base + "mina-uppgifter");
        page.fill("[id='tokens:tokenName']", "webbkursen");
        page.click("[id='tokens:skapaToken']");
        String token = page.locator("#nyToken").textContent().trim();
        Api api = new Api(URI.create(base.toString()));
        for (JsonValue value : Api.object(api.send("GET", "api/webbkurs", null, null)).getJsonArray("modules")) {
            JsonObject module = value.asJsonObject();
            String code = module.getString("code");
            for (JsonValue lesson : module.getJsonArray("lessons")) {
                HttpResponse<String> read = api.send("PUT", "api/webbkurs/framsteg/" + code + "/"
                        + lesson.asJsonObject().getString("code"), token, null);
                assertEquals(200, read.statusCode(), read.body());
            }
            String answers = QuizFile.read(code).stream().map(q -> String.valueOf(q.right()))
                    .collect(Collectors.joining(",", "{\"answers\":[", "]}"));
            HttpResponse<String> quiz = api.send("POST", "api/webbkurs/moduler/" + code + "/quiz", token, answers);
            assertEquals(200, quiz.statusCode(), quiz.body());
        }
    }

    /** Reads from the module page through every lesson with "Markera som läst"; answers the number of lessons. */
    private int readEveryLessonOfTheModule(Page page) {
        page.click("#lasModulen");
        Matcher place = LESSON_PLACE.matcher(page.locator(".lesson-place").textContent());
        assertTrue(place.find(), page.locator(".lesson-place").textContent());
        int lessons = Integer.parseInt(place.group(2));
        assertThat(page.locator("#foregaende")).hasText("Till modulens början");
        // links between lessons lead to the lessons' pages, never to the Markdown files
        assertThat(page.locator("#lektionstext a[href$='.md']")).hasCount(0);
        browser.checkAccessibilityAndCapture(page, "83-lektion");
        for (int lesson = 1; lesson <= lessons; lesson++) {
            assertThat(page.locator(".lesson-place")).hasText("Lektion " + lesson + " av " + lessons);
            String title = page.locator("h1").textContent().trim();
            assertThat(page.locator("[id='lasning:markeraLast']")).hasValue("Markera som läst");
            String before = page.url();
            page.click("[id='lasning:markeraLast']");
            page.waitForURL(url -> !url.equals(before));
            assertThat(page.locator(".page-messages")).containsText("”" + title + "” är markerad som läst.");
            if (lesson < lessons) {
                assertThat(page.locator(".page-messages")).containsText("Här är nästa lektion.");
            }
        }
        return lessons;
    }

    private String firstLessonCode(Page page) {
        page.navigate(base + "webbkurs/moduler/" + MODULE);
        assertThat(page.locator("#lektioner .read-mark").first()).hasText("Läst");
        browser.checkAccessibilityAndCapture(page, "86-modul-last");
        String href = page.locator("#lektioner li >> nth=0 >> a").getAttribute("href");
        return href.substring(href.lastIndexOf('/') + 1);
    }

    /** A question left out is named and nothing is saved; then one answer wrong and the rest right passes. */
    private void takeTheQuiz(Page page) throws IOException {
        List<QuizFile.Question> questions = QuizFile.read(MODULE);
        Locator fieldsets = page.locator("[id='quiz'] fieldset.quiz-question");
        assertThat(fieldsets).hasCount(questions.size());
        assertThat(fieldsets.first().locator("legend")).containsText("Fråga 1 av " + questions.size() + ":");
        browser.checkAccessibilityAndCapture(page, "84-quiz");

        for (int q = 0; q < questions.size(); q++) {
            if (q != 1) {
                choose(page, q, questions.get(q).right());
            }
        }
        page.click("[id='quiz:ratta']");
        assertThat(page.locator("fieldset:has([id='quiz:fragor:1:svar']) .field-error")).hasText("Välj ett svar på frågan.");
        assertThat(page.locator("[id='quiz'] .field-error")).hasCount(1);
        assertThat(page.locator(".page-messages")).containsText("Testet är inte rättat. Svara på alla frågor.");
        assertThat(page.locator("#forsok")).hasCount(0);
        // what was chosen stays chosen
        assertThat(page.locator("[id='quiz:fragor:0:svar'] input[value='" + questions.get(0).right() + "']")).isChecked();
        browser.checkAccessibilityAndCapture(page, "85-quiz-fraga-saknas");

        int wrong = questions.get(1).right() == 0 ? 1 : 0;
        choose(page, 1, wrong);
        page.click("[id='quiz:ratta']");
        int right = questions.size() - 1;
        assertThat(page.locator("#resultatText"))
                .hasText("Du hade " + right + " rätt av " + questions.size() + ". Du klarade testet.");
        assertThat(page.locator(".quiz-result.right")).hasCount(right);
        Locator missed = page.locator(".quiz-result.wrong");
        assertThat(missed).hasCount(1);
        assertThat(missed).containsText("Fråga 2 av " + questions.size());
        assertThat(missed).containsText("Fel svar.");
        assertThat(missed.locator(".explanation")).hasText(questions.get(1).explanations().get(wrong));
        assertThat(page.locator(".quiz-result.right").first().locator(".explanation"))
                .hasText(questions.get(0).explanations().get(questions.get(0).right()));
        assertThat(page.locator("#forsok tbody tr")).hasCount(1);
        assertThat(page.locator("#forsok")).containsText("Klarat");
        browser.checkAccessibilityAndCapture(page, "85-quiz-resultat");

        // a retry starts from empty choices
        page.click("[id='igen:gorOm']");
        assertThat(page.locator("[id='quiz:fragor:0:svar'] input:checked")).hasCount(0);

        // a failed quiz is told as a warning, never in the green of a success
        for (int q = 0; q < questions.size(); q++) {
            choose(page, q, questions.get(q).right() == 0 ? 1 : 0);
        }
        page.click("[id='quiz:ratta']");
        assertThat(page.locator("#resultatText")).containsText("Du behöver minst");
        assertThat(page.locator(".page-messages .message-warning")).containsText("Du klarade inte testet");
        assertThat(page.locator(".page-messages .message-info")).hasCount(0);
        assertThat(page.locator("#resultat.quiz-failed")).hasCount(1);
        assertThat(page.locator("#nastaModul")).hasCount(0);
        browser.checkAccessibilityAndCapture(page, "85-quiz-underkant");
    }

    private static void choose(Page page, int question, int answer) {
        page.check("[id='quiz:fragor:" + question + ":svar'] input[value='" + answer + "']");
    }

    /** The right answers and explanations of a module's quiz, as its file has them. */
    private static final class QuizFile {

        record Question(int right, List<String> explanations) {
        }

        static List<Question> read(String module) throws IOException {
            Path file = Path.of(System.getProperty("project.root", "."), "content", "webbkurs", module, "quiz.md");
            List<Question> questions = new ArrayList<>();
            int right = -1;
            List<String> explanations = null;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("## ")) {
                    if (explanations != null) {
                        questions.add(new Question(right, explanations));
                    }
                    explanations = new ArrayList<>();
                    right = -1;
                } else if (line.startsWith("- [x] ") || line.startsWith("- [ ] ")) {
                    if (line.startsWith("- [x] ")) {
                        right = explanations.size();
                    }
                    explanations.add("");
                } else if (line.trim().startsWith("> ") && explanations != null && !explanations.isEmpty()) {
                    explanations.set(explanations.size() - 1, line.trim().substring(2).trim());
                }
            }
            if (explanations != null) {
                questions.add(new Question(right, explanations));
            }
            return questions;
        }
    }

    // ---- the group track

    @Test
    void aCourseLeaderRunsAStudyGroupThatParticipantsJoinByTheInvitationLink() {
        String name = "Studiegrupp individ- och familjeomsorgen " + System.nanoTime();
        LocalDate sessionDay = LocalDate.now(SWEDEN).plusDays(7);
        String sessionDate = SWEDISH_DATE.format(sessionDay);
        Page kim = browser.loggedInAsDemo(base, LEADER);

        kim.navigate(base + "webbkurs");
        assertThat(kim.locator("#forKursledare")).isVisible();
        kim.click("#minaGrupper");
        assertTrue(kim.url().endsWith("/webbkurs/grupper"), kim.url());
        assertThat(kim.locator("[id='nyGrupp:county']")).hasValue("14");
        assertThat(kim.locator("[id='nyGrupp:municipalityCode']")).hasValue("1485");
        browser.checkAccessibilityAndCapture(kim, "91-studiegrupper");

        // without a name the form says so at the field, and nothing is formed
        kim.click("[id='nyGrupp:skapa']");
        assertThat(kim.locator(".field:has([id='nyGrupp:name']) .field-error")).hasText("Skriv ett namn.");
        assertThat(kim.locator(".page-messages")).containsText("Studiegruppen är inte skapad.");
        browser.checkAccessibilityAndCapture(kim, "92-ny-studiegrupp-fel");

        kim.fill("[id='nyGrupp:name']", name);
        kim.fill("[id='nyGrupp:maxMembers']", "10");
        kim.click("[id='nyGrupp:skapa']");
        kim.waitForURL(GROUP_URL.asPredicate());
        long groupId = idOf(kim.url());
        assertThat(kim.locator(".page-messages")).containsText("Studiegruppen ”" + name + "” är skapad.");
        assertThat(kim.locator("h1")).hasText(name);
        assertThat(kim.locator("#gruppfakta")).containsText("Uddevalla");
        assertThat(kim.locator("#gruppfakta")).containsText("0 av högst 10");
        assertThat(kim.locator("#ingaTraffar")).isVisible();
        browser.checkAccessibilityAndCapture(kim, "93-studiegrupp-ny");

        kim.fill("[id='plan:plannedOn']", sessionDay.toString());
        kim.check("[id='plan:modules'] input[value='" + MODULE + "']");
        kim.click("[id='plan:planera']");
        assertThat(kim.locator(".page-messages")).containsText("Träffen är planerad.");
        Locator session = kim.locator("#traffplan > li", new Page.LocatorOptions().setHasText(sessionDate));
        assertThat(session).containsText("Planerad");
        assertThat(session).containsText("Modul 1: Vad är våld i nära relationer?");

        kim.selectOption("[id='deltagare:profession']", "socialsekreterare");
        kim.selectOption("[id='deltagare:sector']", "socialtjanst");
        kim.click("[id='deltagare:registrera']");
        assertThat(kim.locator(".page-messages")).containsText("Deltagaren är registrerad.");
        Locator recorded = kim.locator("#deltagarlista tbody tr", new Page.LocatorOptions().setHasText("Namn inte angivet"));
        assertThat(recorded).containsText("Socialsekreterare");
        assertThat(recorded).containsText("Registrerad av kursledaren");
        browser.checkAccessibilityAndCapture(kim, "94-studiegrupp-planerad");

        String invitation = kim.locator("#inbjudningslank").inputValue();
        assertTrue(invitation.contains("/webbkurs/inbjudan/"), invitation);

        aParticipantJoinsAndSeesThePlanAndTheReflectionQuestions(invitation, name, groupId, sessionDate);
        aMemberOfAnotherGroupIsRefused(invitation);

        // the leader marks the session held: the module covered, both members present
        kim.navigate(base + "webbkurs/grupper/" + groupId);
        assertThat(kim.locator("#deltagarlista")).containsText("Alva Socialsekreterare");
        assertThat(kim.locator("#deltagarlista")).containsText("Gick med via länken");
        kim.locator("#traffplan > li", new Page.LocatorOptions().setHasText(sessionDate))
                .locator("a", new Locator.LocatorOptions().setHasText("Registrera genomförd träff")).click();
        assertTrue(kim.url().contains("traff="), kim.url());
        Locator present = kim.locator("#narvarolista input[type=checkbox]");
        assertThat(present).hasCount(2);
        browser.checkAccessibilityAndCapture(kim, "97-traff-genomford-formular");
        kim.check("[id='genomforande:held']");
        kim.check("[id='genomforande:covered'] input[value='" + MODULE + "']");
        present.nth(0).check();
        present.nth(1).check();
        kim.click("[id='genomforande:sparaGenomforande']");
        assertThat(kim.locator(".page-messages")).containsText("Träffen är sparad.");
        session = kim.locator("#traffplan > li", new Page.LocatorOptions().setHasText(sessionDate));
        assertThat(session).containsText("Genomförd");
        assertThat(session).containsText("Modul 1: Vad är våld i nära relationer? – togs upp");
        browser.checkAccessibilityAndCapture(kim, "98-traff-genomford");
        session.locator("a", new Locator.LocatorOptions().setHasText("Ändra genomförd träff")).click();
        assertThat(kim.locator("[id='genomforande:held']")).isChecked();
        assertThat(kim.locator("#narvarolista input[type=checkbox]:checked")).hasCount(2);

        // the member sees it held, and nothing left to prepare
        Page alva = browser.loggedInAsDemo(base, OTHER_PARTICIPANT);
        alva.navigate(base + "webbkurs/grupper/" + groupId);
        assertThat(alva.locator("#traffplan > li", new Page.LocatorOptions().setHasText(sessionDate)))
                .containsText("Genomförd");
        assertThat(alva.locator("#nastaTraff")).hasText("Ingen ny träff är planerad ännu.");
        alva.context().close();

        // the county's development leader follows the group without changing it
        Page olle = browser.loggedInAsDemo(base, EDITOR);
        olle.navigate(base + "webbkurs/grupper/" + groupId);
        assertThat(olle.locator("h1")).hasText(name);
        assertThat(olle.locator("#deltagarlista")).containsText("Alva Socialsekreterare");
        assertThat(olle.locator("#traffplan")).containsText("Genomförd");
        assertThat(olle.locator("main input[type=submit], main input[type=text], main select")).hasCount(0);
        assertThat(olle.locator("#inbjudningslank")).hasCount(0);
        browser.checkAccessibilityAndCapture(olle, "98-studiegrupp-redaktor");
        olle.context().close();

        // the leader's manual
        kim.navigate(base + "webbkurs/utbildningsmanual");
        assertThat(kim.locator("h1")).hasText("Utbildningsmanual för kursledare");
        assertThat(kim.locator("#manual")).containsText("Din roll som kursledare");
        assertThat(kim.locator(".guide h3").first()).hasText("Modul 1: Vad är våld i nära relationer?");
        assertThat(kim.locator("h1")).hasCount(1);
        browser.checkAccessibilityAndCapture(kim, "99-utbildningsmanual");
        kim.context().close();
    }

    private void aParticipantJoinsAndSeesThePlanAndTheReflectionQuestions(String invitation, String name, long groupId,
                                                                          String sessionDate) {
        Page alva = browser.loggedInAsDemo(base, OTHER_PARTICIPANT);
        alva.navigate(onTestServer(invitation));
        assertThat(alva.locator("h1")).hasText("Inbjudan till studiegruppen " + name);
        assertThat(alva.locator("#inbjudningsfakta")).containsText("Uddevalla");
        browser.checkAccessibilityAndCapture(alva, "95-inbjudan");
        alva.click("[id='inbjudan:gaMed']");
        alva.waitForURL(GROUP_URL.asPredicate());
        assertEquals(groupId, idOf(alva.url()));
        assertThat(alva.locator(".page-messages")).containsText("Välkommen till studiegruppen ”" + name + "”!");
        assertThat(alva.locator("#traffplan > li", new Page.LocatorOptions().setHasText(sessionDate)))
                .containsText("Modul 1: Vad är våld i nära relationer?");
        assertThat(alva.locator("#nastaTraff")).containsText("Nästa träff är " + sessionDate + ".");
        assertThat(alva.locator("#reflektionsfragor h3")).hasText("Modul 1: Vad är våld i nära relationer?");
        assertTrue(alva.locator("#reflektionsfragor li").count() > 0, "the reflection questions are listed");
        // members see the plan, not the others' names or the leader's forms
        assertThat(alva.locator("#deltagarlista")).hasCount(0);
        assertThat(alva.locator("[id='plan:planera']")).hasCount(0);
        assertThat(alva.locator("#inbjudningslank")).hasCount(0);
        browser.checkAccessibilityAndCapture(alva, "96-studiegrupp-medlem");

        alva.navigate(base + "webbkurs");
        assertThat(alva.locator("#minGrupp")).containsText(name);
        alva.context().close();
    }

    private void aMemberOfAnotherGroupIsRefused(String invitation) {
        Page bo = browser.loggedInAsDemo(base, GROUP_MEMBER);
        bo.navigate(onTestServer(invitation));
        bo.click("[id='inbjudan:gaMed']");
        assertThat(bo.locator(".page-messages"))
                .containsText("Du är redan med i studiegruppen ”Studiegrupp socialtjänsten”. Lämna den först om du vill byta grupp.");
        assertTrue(bo.url().contains("/webbkurs/inbjudan/"), bo.url());
        assertThat(bo.locator("[id='inbjudan:gaMed']")).isVisible();
        browser.checkAccessibilityAndCapture(bo, "95-inbjudan-nekad");
        bo.navigate(base + "webbkurs");
        assertThat(bo.locator("#minGrupp")).containsText("Studiegrupp socialtjänsten");
        bo.context().close();
    }

    // ---- the course leader role

    @Test
    void anEditorGivesAndTakesOnlyTheCourseLeaderRole() {
        Page olle = browser.loggedInAsDemo(base, EDITOR);
        olle.navigate(base + "admin/roller");
        assertThat(olle.locator("#redaktorsroller")).containsText("kursledare");
        olle.fill("[id='sok:email']", OTHER_PARTICIPANT);
        olle.click("[id='sok:hitta']");
        assertThat(olle.locator("#konto h2")).containsText("Alva Socialsekreterare");
        assertThat(olle.locator("[id='tilldela:role'] option")).hasCount(1);
        assertThat(olle.locator("[id='tilldela:role'] option")).hasText("Kursledare");
        assertThat(olle.locator("[id='tilldela:county']")).hasCount(0);
        olle.click("[id='tilldela:ge']");
        assertThat(olle.locator(".page-messages")).containsText("Rollen är given.");
        assertThat(olle.locator("[id='roller']")).containsText("Kursledare");
        browser.checkAccessibilityAndCapture(olle, "79-roller-redaktor");

        Page alva = browser.loggedInAsDemo(base, OTHER_PARTICIPANT);
        alva.navigate(base + "webbkurs");
        assertThat(alva.locator("#forKursledare")).isVisible();
        assertEquals(200, alva.navigate(base + "webbkurs/grupper").status());

        olle.locator("[id='roller'] li", new Page.LocatorOptions().setHasText("Kursledare")).locator("input").click();
        assertThat(olle.locator(".page-messages")).containsText("Rollen är borttagen.");
        assertThat(olle.locator("[id='roller']")).not().containsText("Kursledare");
        alva.navigate(base + "webbkurs");
        assertThat(alva.locator("#forKursledare")).hasCount(0);
        alva.context().close();
        olle.context().close();
    }

    private static long idOf(String url) {
        Matcher matcher = GROUP_URL.matcher(url);
        assertTrue(matcher.matches(), url);
        return Long.parseLong(matcher.group(1));
    }
}

package se.kunskapsnav.courses;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import se.kunskapsnav.accounts.DemoAccounts;
import se.kunskapsnav.testsupport.Browser;
import se.kunskapsnav.testsupport.PortalPagesTestBase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor creates and publishes a course in the form; participants find it in the catalogue, register,
 * wait in line, cancel and move up; the editor downloads the registration list, mails everyone, marks
 * attendance, cancels and copies a course. In a real browser, with an axe-core scan of every page visited.
 */
class CoursePagesBrowserIT extends PortalPagesTestBase {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final Pattern EDIT_URL = Pattern.compile(".*/admin/kurser/(\\d+)/redigera$");

    @Test
    void anEditorPublishesACourseThatParticipantsFindRegisterForWaitForAndCancel() throws Exception {
        String title = "Hedersrelaterat våld – grundkurs " + System.nanoTime();
        LocalDateTime start = LocalDateTime.now(SWEDEN).plusDays(5).truncatedTo(ChronoUnit.DAYS).withHour(9);

        Page editor = browser.loggedInAsDemo(base, "redaktor.stockholm@demo.kunskapsnav.se");
        editor.navigate(base + "admin/kurser");
        browser.checkAccessibilityAndCapture(editor, "30-admin-kurser");
        editor.click("#nyKurs");
        assertTrue(editor.url().endsWith("/admin/kurser/ny"), editor.url());
        browser.checkAccessibilityAndCapture(editor, "31-ny-kurs");

        fillCourse(editor, title, "1", start, start.minusHours(1), LocalDateTime.now(SWEDEN).minusDays(1),
                start.minusDays(1));
        editor.click("[id='kurs:spara']");
        assertThat(editor.locator(".field:has([id='kurs:sessions:0:end']) .field-error"))
                .hasText("Skriv en sluttid som är efter starttiden.");
        assertThat(editor.locator(".page-messages")).containsText("Kursen är inte sparad");
        browser.checkAccessibilityAndCapture(editor, "32-ny-kurs-fel");

        editor.fill("[id='kurs:sessions:0:end']", start.withHour(16).format(LOCAL));
        editor.click("[id='kurs:spara']");
        editor.waitForURL(EDIT_URL.asPredicate());
        long courseId = idOf(editor.url());
        assertThat(editor.locator(".page-messages")).containsText("Utkastet är sparat.");
        assertThat(editor.locator("#kursstatus")).containsText("Utkast");
        editor.click("[id='status:publicera']");
        assertThat(editor.locator(".page-messages")).containsText("Kursen är publicerad");
        assertThat(editor.locator("#kursstatus")).containsText("Publicerad");
        browser.checkAccessibilityAndCapture(editor, "33-redigera-kurs");

        // a visitor finds the course by county and theme, then logs in to register
        Page alva = browser.newIsolatedPage();
        alva.navigate(base + "kurser");
        browser.checkAccessibilityAndCapture(alva, "34-kurser");
        alva.selectOption("#lan", "01");
        alva.selectOption("#tema", "hedersrelaterat-vald");
        alva.click("#visa");
        assertTrue(alva.url().contains("lan=01") && alva.url().contains("tema=hedersrelaterat-vald"), alva.url());
        assertThat(alva.locator("#kurslista")).containsText(title);
        assertThat(alva.locator("#kurslista li", new Page.LocatorOptions().setHasText(title)))
                .containsText("1 plats kvar");
        alva.navigate(base + "kurser?lan=12&tema=hedersrelaterat-vald");
        assertThat(alva.locator("main")).not().containsText(title);
        alva.navigate(base + "kurser?lan=01&tema=hedersrelaterat-vald&manad=inte-en-manad&sida=x");
        assertThat(alva.locator("#kurslista")).containsText(title);
        alva.click("text=" + title);
        assertTrue(alva.url().endsWith("/kurser/" + courseId), alva.url());
        assertThat(alva.locator("#kursnamn")).hasText(title);
        assertThat(alva.locator(".course-description strong")).hasText("Viktigt");
        assertThat(alva.locator(".course-description")).containsText("<script>");
        assertThat(alva.locator("#tillfallen")).containsText("Länsstyrelsen, Regeringsgatan 66");
        browser.checkAccessibilityAndCapture(alva, "35-kurssida");

        alva.click("#loggaInForAnmalan");
        submitLogin(alva, "deltagare1@demo.kunskapsnav.se");
        alva.waitForURL("**/kurser/" + courseId);
        alva.fill("[id='anmalan:note']", "Vegetarisk kost");
        assertThat(alva.locator("[id='anmalan:anmal']")).hasValue("Anmäl dig");
        alva.click("[id='anmalan:anmal']");
        // registering ends on a receipt: where the registration stands, what happens next, the calendar file
        alva.waitForURL("**/mina-anmalningar/" + courseId);
        assertThat(alva.locator("h1")).hasText("Du är anmäld");
        assertThat(alva.locator("#minStatus")).hasText("Du har en plats.");
        assertThat(alva.locator("#sedan")).containsText("Du får en bekräftelse med e-post");
        Locator calendarLink = alva.locator("#kalender");
        assertThat(calendarLink).hasText("Lägg till i din kalender");
        APIResponse calendarFile = alva.context().request().get(calendarLink.evaluate("a => a.href").toString());
        assertTrue(calendarFile.ok() && calendarFile.headers().get("content-type").startsWith("text/calendar"),
                calendarFile.status() + " " + calendarFile.headers());
        assertTrue(calendarFile.text().contains("BEGIN:VEVENT") && calendarFile.text().contains(title),
                calendarFile.text());
        browser.checkAccessibilityAndCapture(alva, "36-kvitto-anmald");
        alva.navigate(base + "kurser/" + courseId);
        assertThat(alva.locator("#minStatus")).hasText("Du har en plats.");
        assertThat(alva.locator("#platser")).containsText("Fullbokad – väntelista");
        browser.checkAccessibilityAndCapture(alva, "36-kurssida-anmald");

        // the only seat is taken: the next person waits first in line
        Page bo = browser.loggedInAsDemo(base, "deltagare2@demo.kunskapsnav.se");
        bo.navigate(base + "kurser/" + courseId);
        // a full course offers the waiting list, not a seat, and the receipt says the place in line
        assertThat(bo.locator("[id='anmalan:anmal']")).hasValue("Ställ dig på väntelistan");
        assertThat(bo.locator("#vantelistaTips")).containsText("Alla platser är tagna");
        bo.click("[id='anmalan:anmal']");
        bo.waitForURL("**/mina-anmalningar/" + courseId);
        assertThat(bo.locator("h1")).hasText("Du står på väntelistan");
        assertThat(bo.locator("#minStatus")).hasText("Du står som nummer 1 på väntelistan.");
        browser.checkAccessibilityAndCapture(bo, "36-kvitto-vantelista");

        // Alva cancels on her list of registrations; Bo moves up to the seat
        alva.navigate(base + "mina-anmalningar");
        assertThat(alva.locator("#anmalningslista li", new Page.LocatorOptions().setHasText(title)))
                .containsText("Du har en plats.");
        browser.checkAccessibilityAndCapture(alva, "37-mina-anmalningar");
        alva.locator("#anmalningslista li", new Page.LocatorOptions().setHasText(title))
                .locator(".cancel-link").click();
        // "Avboka" only asks: the confirmation step takes focus and nothing is cancelled yet
        assertThat(alva.locator("#bekraftaAvbokning")).isFocused();
        assertThat(alva.locator("#bekraftaAvbokning h3")).hasText("Vill du avboka din plats?");
        browser.checkAccessibilityAndCapture(alva, "37-bekrafta-avbokning");
        alva.click("#behallPlatsen");
        assertThat(alva.locator("#minStatus")).hasText("Du har en plats.");
        alva.click("#avboka");
        alva.click("[id='avbokning:avboka']");
        assertThat(alva.locator(".page-messages")).containsText("Din anmälan är avbokad.");
        alva.navigate(base + "mina-anmalningar");
        assertThat(alva.locator("#anmalningslista li", new Page.LocatorOptions().setHasText(title)))
                .not().containsText("Du har en plats.");
        bo.navigate(base + "kurser/" + courseId);
        assertThat(bo.locator("#minStatus")).hasText("Du har en plats.");

        // once registration has closed, Bo is offered no cancelling (the service would refuse) but told whom to ask
        editor.navigate(base + "admin/kurser/" + courseId + "/redigera");
        editor.fill("[id='kurs:registrationCloses']", LocalDateTime.now(SWEDEN).minusMinutes(1).format(LOCAL));
        editor.click("[id='kurs:spara']");
        assertThat(editor.locator(".page-messages")).containsText("Kursen är sparad.");
        bo.navigate(base + "kurser/" + courseId);
        assertThat(bo.locator("#minStatus")).hasText("Du har en plats.");
        assertThat(bo.locator("#avboka")).hasCount(0);
        assertThat(bo.locator("#avbokningStangd")).containsText("Kontakta arrangören");
        bo.navigate(base + "mina-anmalningar");
        assertThat(bo.locator("#anmalningslista li", new Page.LocatorOptions().setHasText(title))
                .locator(".cancel-link")).hasCount(0);

        // the county page lists the course and links to the county's catalogue
        alva.navigate(base + "lan/AB");
        assertThat(alva.locator("#lanets-kurser")).containsText(title);
        browser.checkAccessibilityAndCapture(alva, "38-lan-med-kurser");
        alva.click("#allaKurserILanet");
        assertThat(alva.locator("#kurslista")).containsText(title);

        // the editor sees both registrations, downloads the list and mails the one still registered
        editor.navigate(base + "kurser/" + courseId);
        editor.click("#anmalningar");
        assertTrue(editor.url().endsWith("/admin/kurser/" + courseId + "/anmalningar"), editor.url());
        assertThat(editor.locator("#anmalningstabell")).containsText("Alva Socialsekreterare");
        assertThat(editor.locator("#anmalningstabell")).containsText("Vegetarisk kost");
        assertThat(editor.locator("#anmalningstabell tr", new Page.LocatorOptions().setHasText("Bo Kurator")))
                .containsText("Bekräftad");
        assertThat(editor.locator("#anmalningstabell tr", new Page.LocatorOptions().setHasText("Bo Kurator"))
                .locator("input[value='Avboka']")).hasCount(1);
        assertThat(editor.locator("#ingenNarvaro")).containsText("när första tillfället har börjat");
        browser.checkAccessibilityAndCapture(editor, "39-anmalningar");
        Download csv = editor.waitForDownload(() -> editor.click("#csv"));
        String list = Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertTrue(list.contains("Alva Socialsekreterare") && list.contains("Bo Kurator"), list);
        assertTrue(csv.suggestedFilename().endsWith(".csv"), csv.suggestedFilename());
        Download xlsx = editor.waitForDownload(() -> editor.click("#xlsx"));
        assertTrue(xlsx.suggestedFilename().endsWith(".xlsx"), xlsx.suggestedFilename());

        editor.click("[id='epost:skicka']");
        assertThat(editor.locator(".field:has([id='epost:subject']) .field-error")).hasText("Skriv en ämnesrad.");
        editor.fill("[id='epost:subject']", "Lokalen är ändrad");
        editor.fill("[id='epost:body']", "Vi ses i sal 3.");
        editor.click("[id='epost:skicka']");
        assertThat(editor.locator(".page-messages")).containsText("E-post skickad till 1 anmäld.");

        // another county's editor may not manage the course
        Page skane = browser.loggedInAsDemo(base, "redaktor.skane@demo.kunskapsnav.se");
        skane.navigate(base + "admin/kurser/" + courseId + "/anmalningar");
        assertThat(skane.locator("h1")).hasText("Du har inte behörighet");
        skane.navigate(base + "kurser/" + courseId);
        assertThat(skane.locator("#redigera")).hasCount(0);
    }

    @Test
    void anEditorMarksAttendanceAtACourseUnderWayThenCancelsAndCopiesIt() {
        String title = "Pågående utbildningsdag " + System.nanoTime();
        LocalDateTime now = LocalDateTime.now(SWEDEN).truncatedTo(ChronoUnit.MINUTES);
        Page editor = browser.loggedInAsDemo(base, "redaktor.stockholm@demo.kunskapsnav.se");
        editor.navigate(base + "admin/kurser/ny");
        fillCourse(editor, title, "20", now.minusHours(1), now.plusHours(5), now.minusDays(2), now.minusHours(2));
        editor.click("[id='kurs:spara']");
        editor.waitForURL(EDIT_URL.asPredicate());
        long courseId = idOf(editor.url());

        // a colleague saves the course while this editor has it open: this editor's save is refused, not written over
        Page colleague = browser.loggedInAsDemo(base, "redaktor.stockholm@demo.kunskapsnav.se");
        colleague.navigate(base + "admin/kurser/" + courseId + "/redigera");
        colleague.fill("[id='kurs:summary']", "Kollegans sammanfattning.");
        colleague.click("[id='kurs:spara']");
        assertThat(colleague.locator(".page-messages")).containsText("Kursen är sparad.");
        editor.fill("[id='kurs:summary']", "Min sammanfattning.");
        editor.click("[id='kurs:spara']");
        assertThat(editor.locator(".page-messages")).containsText("Någon annan har ändrat kursen medan du redigerade.");
        editor.navigate(base + "admin/kurser/" + courseId + "/redigera");
        assertThat(editor.locator("[id='kurs:summary']")).hasValue("Kollegans sammanfattning.");

        editor.click("[id='status:publicera']");
        assertThat(editor.locator("#kursstatus")).containsText("Publicerad");

        editor.navigate(base + "admin/kurser/" + courseId + "/anmalningar");
        assertThat(editor.locator("#ingaAnmalda")).isVisible();
        assertThat(editor.locator(".attendance-form legend")).containsText("kl.");
        assertThat(editor.locator(".attendance-form")).containsText("Ingen har en plats att markera.");
        browser.checkAccessibilityAndCapture(editor, "40-narvaro");
        editor.click("input[id$='narvaro:allaNarvarande']");
        assertThat(editor.locator(".page-messages")).containsText("Närvaron är sparad.");

        // a course whose registration has closed takes no more registrations
        Page cecilia = browser.loggedInAsDemo(base, "deltagare3@demo.kunskapsnav.se");
        cecilia.navigate(base + "kurser/" + courseId);
        cecilia.click("[id='anmalan:anmal']");
        assertThat(cecilia.locator(".page-messages")).containsText("Sista anmälningsdag har passerat.");

        // cancelling asks first
        editor.navigate(base + "admin/kurser/" + courseId + "/redigera");
        editor.click("[id='status:stallIn']");
        assertThat(editor.locator("[id='status:bekraftaInstallning']")).containsText("Vill du ställa in kursen?");
        browser.checkAccessibilityAndCapture(editor, "41-bekrafta-installning");
        editor.click("[id='status:behall']");
        assertThat(editor.locator("#kursstatus")).containsText("Publicerad");
        editor.click("[id='status:stallIn']");
        editor.click("[id='status:jaStallIn']");
        assertThat(editor.locator(".page-messages")).containsText("Kursen är inställd");
        assertThat(editor.locator("#kursstatus")).containsText("Inställd");

        editor.click("[id='status:kopiera']");
        editor.waitForURL(url -> EDIT_URL.matcher(url).matches() && idOf(url) != courseId);
        assertThat(editor.locator(".page-messages")).containsText("Kursen är kopierad");
        assertThat(editor.locator("#kursstatus")).containsText("Utkast");
        assertThat(editor.locator("[id='kurs:title']")).hasValue(title);

        editor.navigate(base + "admin/kurser");
        // the cancelled original and its draft copy, among other tests' and demo courses
        assertThat(editor.locator("#redaktorskurser tr", new Page.LocatorOptions().setHasText(title)))
                .hasCount(2);
        assertThat(editor.locator("#redaktorskurser tr", new Page.LocatorOptions().setHasText(title))
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Inställd"))).hasCount(1);
    }

    @Test
    void anOrganiserChecksPeopleInAtTheDoorByNameAndByCode() {
        String title = "Incheckning vid dörren " + System.nanoTime();
        LocalDateTime now = LocalDateTime.now(SWEDEN).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime start = now.plusDays(5).withHour(9);
        Page editor = browser.loggedInAsDemo(base, "redaktor.stockholm@demo.kunskapsnav.se");
        editor.navigate(base + "admin/kurser/ny");
        fillCourse(editor, title, "5", start, start.withHour(16), now.minusDays(1), start.minusDays(1));
        editor.click("[id='kurs:spara']");
        editor.waitForURL(EDIT_URL.asPredicate());
        long courseId = idOf(editor.url());
        editor.click("[id='status:publicera']");
        assertThat(editor.locator("#kursstatus")).containsText("Publicerad");

        // two people register; the receipt shows each their own QR code and the code as text
        Page alva = browser.loggedInAsDemo(base, "deltagare1@demo.kunskapsnav.se");
        alva.navigate(base + "kurser/" + courseId);
        alva.click("[id='anmalan:anmal']");
        alva.waitForURL("**/mina-anmalningar/" + courseId);
        assertThat(alva.locator(".checkin-code img")).hasAttribute("alt", "QR-kod för incheckning på kursen");
        String alvasCode = alva.locator(".checkin-code-text").textContent().replaceFirst(".*: ", "").strip();
        Page bo = browser.loggedInAsDemo(base, "deltagare2@demo.kunskapsnav.se");
        bo.navigate(base + "kurser/" + courseId);
        bo.click("[id='anmalan:anmal']");
        bo.waitForURL("**/mina-anmalningar/" + courseId);

        // the day comes: the course began an hour ago
        editor.navigate(base + "admin/kurser/" + courseId + "/redigera");
        editor.fill("[id='kurs:registrationOpens']", now.minusDays(2).format(LOCAL));
        editor.fill("[id='kurs:registrationCloses']", now.minusHours(2).format(LOCAL));
        editor.fill("[id='kurs:sessions:0:start']", now.minusHours(1).format(LOCAL));
        editor.fill("[id='kurs:sessions:0:end']", now.plusHours(5).format(LOCAL));
        editor.click("[id='kurs:spara']");
        assertThat(editor.locator(".page-messages")).containsText("Kursen är sparad.");

        // the tablet at the door: small screen, big buttons
        editor.setViewportSize(320, 800);
        editor.navigate(base + "admin/kurser/" + courseId + "/anmalningar");
        editor.click("#incheckningar a");
        assertTrue(editor.url().matches(".*/admin/kurser/" + courseId + "/incheckning/\\d+$"), editor.url());
        assertThat(editor.locator("#antal")).hasText("0 av 2 närvarande");
        browser.checkAccessibilityAndCapture(editor, "42-incheckning");

        // typing filters the list at once; the search itself is a plain form
        Locator people = editor.locator("#personlista li");
        editor.locator("#namn").pressSequentially("alva");
        assertThat(people.filter(new Locator.FilterOptions().setHasText("Bo Kurator"))).isHidden();
        editor.locator("#namn").press("Enter");
        editor.waitForURL("**namn=alva");
        assertThat(people).hasCount(1);
        editor.click("#personlista li input[value='Närvarande']");
        assertThat(editor.locator(".page-messages")).containsText("Alva Socialsekreterare är incheckad.");
        assertThat(editor.locator("#antal")).hasText("1 av 2 närvarande");
        editor.click("#personlista li input[value='Ångra']");
        assertThat(editor.locator(".page-messages")).containsText("Incheckningen av Alva Socialsekreterare är ångrad.");
        assertThat(editor.locator("#antal")).hasText("0 av 2 närvarande");

        // what the camera or a hand-held scanner reads goes into the code field
        editor.fill("[id='skanna:kod']", alvasCode);
        editor.click("[id='skanna:checkaIn']");
        assertThat(editor.locator(".page-messages")).containsText("Alva Socialsekreterare är incheckad.");
        assertThat(editor.locator("#antal")).hasText("1 av 2 närvarande");
        assertThat(people.filter(new Locator.FilterOptions().setHasText("Alva Socialsekreterare")))
                .containsText("Närvarande");
        browser.checkAccessibilityAndCapture(editor, "43-incheckning-incheckad");
    }

    private void fillCourse(Page page, String title, String capacity, LocalDateTime start, LocalDateTime end,
                            LocalDateTime opens, LocalDateTime closes) {
        page.fill("[id='kurs:title']", title);
        page.fill("[id='kurs:summary']", "En dag om att upptäcka och fråga om hedersrelaterat våld.");
        page.fill("[id='kurs:description']", "**Viktigt** att veta: <script>alert(1)</script>");
        page.selectOption("[id='kurs:kindCode']", "utbildningsdag");
        page.check("[id='kurs:themes'] input[value='hedersrelaterat-vald']");
        page.check("[id='kurs:professions'] input[value='socialsekreterare']");
        page.fill("[id='kurs:sessions:0:start']", start.format(LOCAL));
        page.fill("[id='kurs:sessions:0:end']", end.format(LOCAL));
        page.fill("[id='kurs:sessions:0:place']", "Länsstyrelsen");
        page.fill("[id='kurs:sessions:0:address']", "Regeringsgatan 66");
        page.fill("[id='kurs:capacity']", capacity);
        page.fill("[id='kurs:registrationOpens']", opens.format(LOCAL));
        page.fill("[id='kurs:registrationCloses']", closes.format(LOCAL));
    }

    private static long idOf(String editUrl) {
        Matcher matcher = EDIT_URL.matcher(editUrl);
        assertTrue(matcher.matches(), editUrl);
        return Long.parseLong(matcher.group(1));
    }

    private static void submitLogin(Page page, String email) {
        Browser.submitLogin(page, email, DemoAccounts.PASSWORD);
    }

    @Test
    void theCatalogueAndTheCountyPageLinkTheirCalendarFeedsAndACourseOfSeveralSessionsListsThem() {
        Page page = browser.newPage();
        page.navigate(base + "kurser");
        assertThat(page.locator("#prenumerera")).hasText("Prenumerera på kalendern");
        assertThat(page.locator("#prenumerera")).hasAttribute("href", "webcal://kunskapsnav.test/api/kalender.ics");
        assertThat(page.locator("#kalenderadress")).hasAttribute("href", CONFIGURED_BASE_URL + "/api/kalender.ics");
        // the demo's multi-day courses list their sessions instead of one span from the first to the last
        assertThat(page.locator(".course-card dd", new Page.LocatorOptions()
                .setHasText(Pattern.compile("^\\d+ tillfällen: .+; "))).first()).isVisible();
        browser.checkAccessibilityAndCapture(page, "kurser-kalender");

        page.navigate(base + "kurser?lan=01");
        assertThat(page.locator("#prenumerera")).hasAttribute("href", "webcal://kunskapsnav.test/api/lan/01/kalender.ics");
        page.navigate(base + "lan/AB");
        assertThat(page.locator("#prenumerera")).hasAttribute("href", "webcal://kunskapsnav.test/api/lan/01/kalender.ics");
        assertThat(page.locator("#kalenderadress")).hasAttribute("href", CONFIGURED_BASE_URL + "/api/lan/01/kalender.ics");
    }
}

package se.kunskapsnav.networks;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import se.kunskapsnav.testsupport.PortalPagesTestBase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A development leader runs a network in the browser: creates it, adds a member, schedules a meeting that
 * is under way (the member gets the invitation), records minutes, uploads a document and marks attendance.
 * Then the member sees all of it, while a visitor and a logged-in non-member see only the public part. Every
 * page visited gets an axe-core WCAG 2.1 AA scan. One flow, one step per method: add steps (a municipal
 * visit, say) where the flow says so. Assertions look only at this test's own rows, since demo data and
 * other tests share the database.
 */
class NetworkPagesBrowserIT extends PortalPagesTestBase {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SWEDISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("sv"));
    private static final Pattern NETWORK_EDIT_URL = Pattern.compile(".*/admin/natverk/(\\d+)/redigera$");
    private static final Pattern MEETING_EDIT_URL = Pattern.compile(".*/admin/natverk/traffar/(\\d+)/redigera$");
    private static final String EDITOR = "redaktor.stockholm@demo.kunskapsnav.se";
    private static final String MEMBER = "deltagare1@demo.kunskapsnav.se";
    private static final String MEMBER_NAME = "Alva Socialsekreterare";
    private static final String NON_MEMBER = "deltagare2@demo.kunskapsnav.se";
    private static final String DOCUMENT_TEXT = "Bilaga till träffen: presentationen om samverkan.\n";

    /** What one run of the flow made, for the later steps. */
    private record Made(String networkName, long networkId, String meetingTitle, LocalDate meetingDay, long meetingId,
                        long documentId) {
    }

    @Test
    void anEditorRunsANetworkAndItsMeetingWhileMembersAndOthersSeeTheirParts() throws Exception {
        String suffix = String.valueOf(System.nanoTime());
        Page editor = browser.loggedInAsDemo(base, EDITOR);

        long networkId = createNetwork(editor, "Kvinnofridssamordnare i Stockholms län " + suffix);
        addMember(editor, networkId);
        String meetingTitle = "Nätverksträff om samverkan " + suffix;
        // under way: started three hours ago (on yesterday's date shortly after midnight)
        LocalDateTime meetingStart = LocalDateTime.now(SWEDEN).truncatedTo(ChronoUnit.MINUTES).minusHours(3);
        long meetingId = scheduleMeetingUnderWay(editor, networkId, meetingTitle, meetingStart);
        invitationReachesTheMember(meetingTitle);
        recordMinutes(editor, meetingId);
        long documentId = uploadDocument(editor, meetingId);
        markAttendance(editor, meetingId);
        logAMunicipalVisit(editor, suffix);
        Made made = new Made("Kvinnofridssamordnare i Stockholms län " + suffix, networkId, meetingTitle,
                meetingStart.toLocalDate(), meetingId, documentId);

        theMemberSeesMeetingMinutesAndDocuments(made);
        aVisitorSeesOnlyThePublicPart(made);
        aLoggedInNonMemberIsRefusedTheMemberPartsAndMayApply(made);
    }

    // ---- the editor

    /** The same editor's other recurring work: a visit to a municipality, with its attendance as counts. */
    private void logAMunicipalVisit(Page editor, String suffix) {
        editor.navigate(base + "admin/kommunbesok/ny");
        editor.selectOption("[id='besok:organisationId']", new SelectOption().setLabel("Täby (kommun)"));
        editor.fill("[id='besok:visitedOn']", LocalDate.now(SWEDEN).toString());
        editor.check("[id='besok:kind'] input[value='REVIEW']");
        editor.check("[id='besok:themes'] input[value='samverkan-samordning']");
        editor.selectOption("[id='besok:counts:0:professionCode']", "kvinnofridssamordnare");
        editor.fill("[id='besok:counts:0:attendees']", "4");
        editor.fill("[id='besok:notes']", "Uppföljning av nätverksträffen " + suffix);
        editor.click("[id='besok:spara']");
        assertThat(editor.locator(".page-messages")).containsText("Kommunbesöket är sparat.");
        assertThat(editor.locator("#besoksrubrik")).containsText("Täby");
        browser.checkAccessibilityAndCapture(editor, "59-kommunbesok-efter-natverk");
    }

    private long createNetwork(Page editor, String name) {
        editor.navigate(base + "admin/natverk");
        browser.checkAccessibilityAndCapture(editor, "50-admin-natverk");
        editor.click("#nyttNatverk");
        assertTrue(editor.url().endsWith("/admin/natverk/ny"), editor.url());
        browser.checkAccessibilityAndCapture(editor, "51-nytt-natverk");

        // without a name the form says so at the field
        editor.fill("[id='natverk:purpose']", "Ett nätverk för **kvinnofridssamordnare** i länets kommuner. "
                + "<script>alert(1)</script>\n\nVi träffas två gånger per termin.");
        editor.click("[id='natverk:spara']");
        assertThat(editor.locator(".field:has([id='natverk:name']) .field-error")).hasText("Skriv ett namn.");
        assertThat(editor.locator(".page-messages")).containsText("Nätverket är inte sparat");
        browser.checkAccessibilityAndCapture(editor, "52-nytt-natverk-fel");

        editor.fill("[id='natverk:name']", name);
        editor.check("[id='natverk:professions'] input[value='kvinnofridssamordnare']");
        editor.check("[id='natverk:sectors'] input[value='socialtjanst']");
        editor.check("[id='natverk:themes'] input[value='samverkan-samordning']");
        editor.click("[id='natverk:spara']");
        editor.waitForURL(NETWORK_EDIT_URL.asPredicate());
        long networkId = idOf(NETWORK_EDIT_URL, editor.url());
        assertThat(editor.locator(".page-messages")).containsText("Nätverket är skapat.");
        assertThat(editor.locator("[id='natverk:name']")).hasValue(name);
        browser.checkAccessibilityAndCapture(editor, "53-redigera-natverk");

        editor.navigate(base + "admin/natverk");
        assertThat(editor.locator("#redaktorsnatverk tr", new Page.LocatorOptions().setHasText(name)))
                .containsText("Ingen träff planerad");
        return networkId;
    }

    private void addMember(Page editor, long networkId) {
        editor.navigate(base + "admin/natverk/" + networkId + "/redigera");
        editor.click("#medlemmar");
        assertTrue(editor.url().endsWith("/admin/natverk/" + networkId + "/medlemmar"), editor.url());
        assertThat(editor.locator("#ingaMedlemmar")).isVisible();
        browser.checkAccessibilityAndCapture(editor, "54-medlemmar");

        editor.fill("[id='nyMedlem:name']", MEMBER_NAME);
        editor.fill("[id='nyMedlem:email']", MEMBER);
        editor.selectOption("[id='nyMedlem:organisation']", new SelectOption().setLabel("Upplands Väsby (kommun)"));
        editor.selectOption("[id='nyMedlem:profession']", "socialsekreterare");
        editor.click("[id='nyMedlem:lagg']");
        assertThat(editor.locator(".field:has([id='nyMedlem:sector']) .field-error")).hasText("Välj en sektor i listan.");
        editor.selectOption("[id='nyMedlem:sector']", "socialtjanst");
        editor.click("[id='nyMedlem:lagg']");
        assertThat(editor.locator(".page-messages")).containsText("Medlemmen är tillagd");
        Locator row = editor.locator("#medlemstabell tr", new Page.LocatorOptions().setHasText(MEMBER_NAME));
        assertThat(row).containsText("Medlem");
        assertThat(row).containsText("Upplands Väsby");
        browser.checkAccessibilityAndCapture(editor, "55-medlemmar-tillagd");

        // "Ta bort" only asks, with the confirmation focused; "Nej" leaves the member in, "Ja" removes
        row.locator("input[type=submit]").click();
        Locator confirm = editor.locator("#bekraftaBorttagning");
        assertThat(confirm).isFocused();
        assertThat(confirm.locator("h3")).hasText("Vill du ta bort " + MEMBER_NAME + " ur nätverket?");
        assertThat(row).containsText("Medlem");
        browser.checkAccessibilityAndCapture(editor, "55-bekrafta-borttagning");
        editor.click("[id='borttagning:avbryt']");
        assertThat(confirm).hasCount(0);
        assertThat(row).containsText("Medlem");
        editor.reload();
        assertThat(row).containsText("Medlem");
    }

    private long scheduleMeetingUnderWay(Page editor, long networkId, String title, LocalDateTime start) {
        editor.navigate(base + "admin/natverk/" + networkId + "/redigera");
        editor.click("#nyTraff");
        assertTrue(editor.url().endsWith("/admin/natverk/" + networkId + "/traffar/ny"), editor.url());
        browser.checkAccessibilityAndCapture(editor, "56-ny-traff");

        // a place or a link is needed
        editor.fill("[id='traff:title']", title);
        editor.fill("[id='traff:start']", start.format(LOCAL));
        editor.fill("[id='traff:end']", start.plusHours(5).format(LOCAL));
        editor.click("[id='traff:spara']");
        assertThat(editor.locator(".field:has([id='traff:place']) .field-error"))
                .hasText("Ange en plats, en länk till mötet eller båda.");

        editor.fill("[id='traff:place']", "Länsstyrelsen");
        editor.fill("[id='traff:address']", "Regeringsgatan 66");
        editor.fill("[id='traff:agenda']", "1. Välkommen\n2. **Aktuellt** från kommunerna");
        editor.click("[id='traff:spara']");
        editor.waitForURL(MEETING_EDIT_URL.asPredicate());
        assertThat(editor.locator(".page-messages")).containsText("kallelsen är skickad");
        browser.checkAccessibilityAndCapture(editor, "57-redigera-traff");
        return idOf(MEETING_EDIT_URL, editor.url());
    }

    private void invitationReachesTheMember(String meetingTitle) {
        Page admin = browser.loggedInAsDemo(base, "admin@demo.kunskapsnav.se");
        admin.navigate(base + "admin/e-post");
        Locator invitation = admin.locator("article.mail", new Page.LocatorOptions().setHasText("Kallelse: " + meetingTitle))
                .filter(new Locator.FilterOptions().setHasText(MEMBER));
        // mail leaves the outbox just after commit: look again until it has arrived
        for (int attempt = 0; attempt < 60 && invitation.count() == 0; attempt++) {
            admin.waitForTimeout(500);
            admin.reload();
        }
        assertThat(invitation).hasCount(1);
        assertThat(invitation.locator(".mail-body")).containsText("/natverk/traffar/");
        admin.context().close();
    }

    private void recordMinutes(Page editor, long meetingId) {
        editor.navigate(base + "admin/natverk/traffar/" + meetingId + "/redigera");
        editor.fill("[id='anteckningar:minutes']", "Vi beslutade att **nästa träff hålls i maj**.");
        editor.click("[id='anteckningar:sparaAnteckningar']");
        assertThat(editor.locator(".page-messages")).containsText("Minnesanteckningarna är sparade.");
        assertThat(editor.locator("[id='anteckningar:minutes']")).hasValue("Vi beslutade att **nästa träff hålls i maj**.");
    }

    private long uploadDocument(Page editor, long meetingId) {
        editor.navigate(base + "admin/natverk/traffar/" + meetingId + "/redigera");
        editor.setInputFiles("[id='dokument:file']", new FilePayload("program.exe", "application/octet-stream",
                new byte[] {'M', 'Z', 0, 1}));
        editor.click("[id='dokument:ladda']");
        assertThat(editor.locator(".field:has([id='dokument:file']) .field-error")).containsText("Filtypen är inte tillåten");
        browser.checkAccessibilityAndCapture(editor, "58-traff-fel-fil");

        editor.setInputFiles("[id='dokument:file']", new FilePayload("bilaga samverkan.txt", "text/plain",
                DOCUMENT_TEXT.getBytes(StandardCharsets.UTF_8)));
        editor.click("[id='dokument:ladda']");
        assertThat(editor.locator(".page-messages")).containsText("Dokumentet bilaga samverkan.txt är uppladdat.");
        Locator link = editor.locator(".document-list a", new Page.LocatorOptions().setHasText("bilaga samverkan.txt"));
        assertThat(link).hasCount(1);
        browser.checkAccessibilityAndCapture(editor, "59-traff-med-dokument");
        Matcher id = Pattern.compile("/natverk/dokument/(\\d+)$").matcher(link.getAttribute("href"));
        assertTrue(id.find(), link.getAttribute("href"));
        return Long.parseLong(id.group(1));
    }

    private void markAttendance(Page editor, long meetingId) {
        editor.navigate(base + "admin/natverk/traffar/" + meetingId + "/redigera");
        editor.click("#narvaro");
        assertTrue(editor.url().endsWith("/admin/natverk/traffar/" + meetingId + "/narvaro"), editor.url());
        Locator alva = editor.locator("#narvarolista li", new Page.LocatorOptions().setHasText(MEMBER_NAME))
                .locator("input[type=checkbox]");
        assertThat(alva).not().isChecked();
        browser.checkAccessibilityAndCapture(editor, "60-narvaro");
        alva.check();
        editor.click("[id='narvaro:sparaNarvaro']");
        assertThat(editor.locator(".page-messages")).containsText("Närvaron är sparad.");
        editor.reload();
        assertThat(editor.locator("#narvarolista li", new Page.LocatorOptions().setHasText(MEMBER_NAME))
                .locator("input[type=checkbox]")).isChecked();
    }

    // ---- the member and the others

    private void theMemberSeesMeetingMinutesAndDocuments(Made made) throws Exception {
        Page alva = browser.loggedInAsDemo(base, MEMBER);
        alva.navigate(base + "natverk/" + made.networkId());
        assertThat(alva.locator("#minStatus")).hasText("Du är medlem i nätverket.");
        assertThat(alva.locator("#medlemslista")).containsText(MEMBER_NAME);
        assertThat(alva.locator("#kommandeTraffar")).containsText(made.meetingTitle());
        assertThat(alva.locator("#redigeraNatverk")).hasCount(0);
        browser.checkAccessibilityAndCapture(alva, "61-natverk-medlem");

        alva.click("text=" + made.meetingTitle());
        assertTrue(alva.url().endsWith("/natverk/traffar/" + made.meetingId()), alva.url());
        assertThat(alva.locator("#tidOchPlats")).containsText("Länsstyrelsen, Regeringsgatan 66");
        assertThat(alva.locator("#dagordning strong")).hasText("Aktuellt");
        assertThat(alva.locator("#anteckningar strong")).hasText("nästa träff hålls i maj");
        browser.checkAccessibilityAndCapture(alva, "62-traff-medlem");
        Download download = alva.waitForDownload(() -> alva.click("#dokumentlista a"));
        assertEquals("bilaga samverkan.txt", download.suggestedFilename());
        assertEquals(DOCUMENT_TEXT, Files.readString(download.path(), StandardCharsets.UTF_8));
        alva.context().close();
    }

    private void aVisitorSeesOnlyThePublicPart(Made made) {
        String meetingDay = SWEDISH_DATE.format(made.meetingDay());
        Page visitor = browser.newIsolatedPage();
        visitor.navigate(base + "natverk");
        browser.checkAccessibilityAndCapture(visitor, "63-natverk");
        visitor.selectOption("#lan", "01");
        visitor.click("#visa");
        assertTrue(visitor.url().contains("lan=01"), visitor.url());
        Locator card = visitor.locator("#natverkslista li", new Page.LocatorOptions().setHasText(made.networkName()));
        assertThat(card).containsText("Ett nätverk för kvinnofridssamordnare i länets kommuner.");
        assertThat(card).containsText(meetingDay);
        assertThat(card).not().containsText("Vi träffas");
        visitor.navigate(base + "natverk?lan=12");
        assertThat(visitor.locator("main")).not().containsText(made.networkName());

        visitor.navigate(base + "natverk?lan=01");
        visitor.click("text=" + made.networkName());
        assertTrue(visitor.url().endsWith("/natverk/" + made.networkId()), visitor.url());
        assertThat(visitor.locator("#natverksnamn")).hasText(made.networkName());
        assertThat(visitor.locator("#syfte strong")).hasText("kvinnofridssamordnare");
        assertThat(visitor.locator("#syfte")).containsText("<script>");
        assertThat(visitor.locator("#nastaTraff")).hasText(meetingDay);
        assertThat(visitor.locator("#natverksfakta")).containsText("Stockholms län");
        assertThat(visitor.locator("#natverksfakta")).containsText("Kvinnofridssamordnare");
        assertThat(visitor.locator("main")).not().containsText(made.meetingTitle());
        assertThat(visitor.locator("main")).not().containsText("nästa träff hålls i maj");
        assertThat(visitor.locator("#medlemslista")).hasCount(0);
        assertThat(visitor.locator("#loggaInForAnsokan")).isVisible();
        browser.checkAccessibilityAndCapture(visitor, "64-natverk-besokare");

        // the meeting page asks for a login first
        visitor.navigate(base + "natverk/traffar/" + made.meetingId());
        assertTrue(visitor.url().contains("/logga-in?tillbaka="), visitor.url());
        visitor.context().close();
    }

    private void aLoggedInNonMemberIsRefusedTheMemberPartsAndMayApply(Made made) {
        Page bo = browser.loggedInAsDemo(base, NON_MEMBER);
        bo.navigate(base + "natverk/traffar/" + made.meetingId());
        assertThat(bo.locator("h1")).hasText("Du har inte behörighet");
        assertThat(bo.locator("main")).not().containsText("nästa träff hålls i maj");
        browser.checkAccessibilityAndCapture(bo, "65-traff-ej-medlem");
        assertEquals(403, bo.request().get(base + "natverk/dokument/" + made.documentId()).status());

        bo.navigate(base + "natverk/" + made.networkId());
        assertThat(bo.locator("#kommandeTraffar")).hasCount(0);
        bo.click("[id='medlemskap:ansok']");
        assertThat(bo.locator(".page-messages")).containsText("Din ansökan är skickad.");
        assertThat(bo.locator("#minStatus")).containsText("Du har ansökt");
        browser.checkAccessibilityAndCapture(bo, "66-natverk-ansokt");
        // an applicant is not yet a member
        bo.navigate(base + "natverk/traffar/" + made.meetingId());
        assertThat(bo.locator("h1")).hasText("Du har inte behörighet");
        bo.navigate(base + "natverk/" + made.networkId());
        bo.click("[id='medlemskap:lamna']");
        assertThat(bo.locator(".page-messages")).containsText("Din ansökan är tillbakadragen.");
        assertThat(bo.locator("#minStatus")).hasCount(0);
        bo.context().close();
    }

    private static long idOf(Pattern pattern, String url) {
        Matcher matcher = pattern.matcher(url);
        assertTrue(matcher.matches(), url);
        return Long.parseLong(matcher.group(1));
    }
}

package se.kunskapsnav.visits;

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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor logs a municipal visit with counts, a named attendee and a follow-up, and finds it in the list;
 * records a conference and uploads its sign-in sheet, first with a bad line (shown with its number, nothing
 * saved), then a good one; the municipality and county pages show both. axe-core scans every page visited.
 */
class VisitPagesBrowserIT extends PortalPagesTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));
    private static final DateTimeFormatter SWEDISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("sv"));
    private static final Pattern VISIT_URL = Pattern.compile(".*/admin/kommunbesok/\\d+/redigera$");
    private static final Pattern ACTIVITY_URL = Pattern.compile(".*/admin/aktiviteter/\\d+/redigera$");

    @Test
    void anEditorLogsAVisitAndAConferencesSignInSheetThatTheMunicipalityPageShows() throws Exception {
        Page editor = browser.loggedInAsDemo(base, "redaktor.stockholm@demo.kunskapsnav.se");

        // ---- a municipal visit to Vallentuna
        editor.navigate(base + "admin/kommunbesok");
        browser.checkAccessibilityAndCapture(editor, "60-admin-kommunbesok");
        editor.click("#nyttBesok");
        assertTrue(editor.url().endsWith("/admin/kommunbesok/ny"), editor.url());
        browser.checkAccessibilityAndCapture(editor, "61-nytt-kommunbesok");

        editor.selectOption("[id='besok:organisationId']", new SelectOption().setLabel("Vallentuna (kommun)"));
        editor.fill("[id='besok:visitedOn']", TODAY.toString());
        editor.check("[id='besok:kind'] input[value='REQUESTED']");
        editor.check("[id='besok:themes'] input[value='vald-i-nara-relationer']");
        editor.fill("[id='besok:staff:0:name']", "Utvecklingsledare Test");
        editor.selectOption("[id='besok:counts:0:professionCode']", "socialsekreterare");
        editor.fill("[id='besok:counts:0:attendees']", "7");
        editor.selectOption("[id='besok:counts:1:professionCode']", "enhetschef");
        editor.fill("[id='besok:counts:1:attendees']", "0");
        editor.fill("[id='besok:followUps:0:action']", "Skicka länets rutin för riskbedömning");
        editor.fill("[id='besok:followUps:0:dueOn']", TODAY.plusDays(30).toString());
        editor.fill("[id='besok:notes']", "Kommunen vill ha stöd med riskbedömning.");

        // a named attendee needs a row of its own: the new row comes, and nothing typed is lost
        editor.click("[id='besok:laggTillDeltagare']");
        assertThat(editor.locator("[id='besok:attendees:0:name']")).isVisible();
        assertThat(editor.locator("[id='besok:counts:0:attendees']")).hasValue("7");
        assertThat(editor.locator("[id='besok:followUps:0:dueOn']")).hasValue(TODAY.plusDays(30).toString());
        assertThat(editor.locator(".field-group", new Page.LocatorOptions().setHasText("Namngivna deltagare")))
                .containsText("räknas inte till antalen ovan");
        editor.fill("[id='besok:attendees:0:name']", "Karin Namngiven");
        editor.selectOption("[id='besok:attendees:0:professionCode']", "enhetschef");

        editor.click("[id='besok:spara']");
        assertThat(editor.locator(".page-messages")).containsText("Kommunbesöket är inte sparat");
        assertThat(editor.locator(".field:has([id='besok:counts:1:attendees']) .field-error"))
                .hasText("Skriv ett antal som är minst 1, eller ta bort raden.");
        browser.checkAccessibilityAndCapture(editor, "62-kommunbesok-fel");

        editor.fill("[id='besok:counts:1:attendees']", "2");
        editor.click("[id='besok:spara']");
        editor.waitForURL(VISIT_URL.asPredicate());
        assertThat(editor.locator(".page-messages")).containsText("Kommunbesöket är sparat.");
        assertThat(editor.locator("#besoksrubrik")).containsText("Vallentuna");
        assertThat(editor.locator("[id='besok:attendees:0:name']")).hasValue("Karin Namngiven");
        assertThat(editor.locator("[id='besok:followUps:0:action']")).hasValue("Skicka länets rutin för riskbedömning");
        browser.checkAccessibilityAndCapture(editor, "63-redigera-kommunbesok");

        editor.navigate(base + "admin/kommunbesok");
        Locator row = editor.locator("#besokslista tr", new Page.LocatorOptions().setHasText("Vallentuna"));
        assertThat(row).hasCount(1);
        assertThat(row).containsText(SWEDISH.format(TODAY));
        assertThat(row.locator("td.number").first()).hasText("9");
        assertThat(row).containsText("Fråga som kommunen har bett om");

        // ---- a conference whose sign-in sheet is uploaded
        String title = "Länskonferens om våld " + System.nanoTime();
        editor.navigate(base + "admin/aktiviteter");
        browser.checkAccessibilityAndCapture(editor, "64-admin-aktiviteter");
        editor.click("#nyAktivitet");
        editor.fill("[id='aktivitet:title']", title);
        editor.selectOption("[id='aktivitet:kindCode']", "konferens");
        editor.fill("[id='aktivitet:organiser']", "Länsstyrelsen i Stockholms län och Region Stockholm");
        editor.fill("[id='aktivitet:startsOn']", TODAY.toString());
        editor.fill("[id='aktivitet:endsOn']", TODAY.toString());
        editor.check("[id='aktivitet:themes'] input[value='vald-i-nara-relationer']");
        editor.click("[id='aktivitet:spara']");
        editor.waitForURL(ACTIVITY_URL.asPredicate());
        assertThat(editor.locator(".page-messages")).containsText("Aktiviteten är sparad.");
        browser.checkAccessibilityAndCapture(editor, "65-redigera-aktivitet");

        Download template = editor.waitForDownload(() -> editor.click("#mall"));
        assertTrue(Files.readString(template.path(), StandardCharsets.UTF_8)
                .contains("kommunkod;organisation;yrke;antal"));

        String header = "\uFEFFkommunkod;organisation;yrke;antal\r\n";
        upload(editor, header + "0115;;socialsekreterare;40\r\n9999;;kurator;3\r\n");
        assertThat(editor.locator("#radfel")).containsText("Rad 3: Okänd kommunkod ”9999”.");
        assertThat(editor.locator(".page-messages")).containsText("Ingenting har sparats");
        assertThat(editor.locator("#summering")).containsText("Sammanlagt 0 deltagare");
        browser.checkAccessibilityAndCapture(editor, "66-inlasning-fel");

        upload(editor, header + "0115;;socialsekreterare;40\r\n115;;Kurator;8\r\n");
        assertThat(editor.locator(".page-messages")).containsText("Filen är inläst: 2 rader med sammanlagt 48 deltagare.");
        assertThat(editor.locator("#radfel")).hasCount(0);
        assertThat(editor.locator("#summering")).containsText("Sammanlagt 48 deltagare från 1 kommun.");
        assertThat(editor.locator("[id='deltagande:rader:1:attendees']")).hasValue("8");
        browser.checkAccessibilityAndCapture(editor, "67-inlasning-klar");

        // ---- what the public sees
        Page visitor = browser.newIsolatedPage();
        visitor.navigate(base + "lan/AB");
        Locator visitRow = visitor.locator("#lanetsBesok tr", new Page.LocatorOptions().setHasText("Vallentuna"));
        assertThat(visitRow).hasCount(1);
        assertThat(visitor.locator("main")).not().containsText("Karin Namngiven");
        assertThat(visitor.locator("#aktiviteter")).containsText(title);
        browser.checkAccessibilityAndCapture(visitor, "68-lan-kommunbesok");
        visitor.click("#kommunlista a:text-is('Vallentuna')");
        visitor.waitForURL("**/kommuner/0115");
        assertThat(visitor.locator("#kommunnamn")).hasText("Vallentuna");
        assertThat(visitor.locator("#kommunensBesok")).containsText(SWEDISH.format(TODAY));
        // the 48 as the follow-up reports publish them (give or take 4), once the summary has them
        Locator fromHere = visitor.locator("#kommunensAktiviteter tr", new Page.LocatorOptions().setHasText(title))
                .locator("td.number");
        for (int attempt = 0; attempt < 30 && fromHere.textContent().trim().equals("0"); attempt++) {
            visitor.waitForTimeout(200);
            visitor.reload();
        }
        assertThat(fromHere).hasText(Pattern.compile("4[4-9]|5[0-2]"));
        assertThat(visitor.locator(".small-counts-note a")).hasAttribute("href", Pattern.compile(
                ".*/uppfoljning/sa-skyddar-vi-sma-tal$"));
        assertThat(visitor.locator("main")).not().containsText("riskbedömning");
        browser.checkAccessibilityAndCapture(visitor, "69-kommunsida");
    }

    private static void upload(Page page, String csv) {
        page.setInputFiles("[id='fil:csv']", new FilePayload("deltagare.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        page.click("[id='fil:lasIn']");
    }
}

package se.kunskapsnav.yearlyreport;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import se.kunskapsnav.testsupport.PortalPagesTestBase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator makes the year's questionnaire (a bad question first); Stockholm's editor fills in the report,
 * is told what is missing, saves a draft and submits it, after which it is locked; the administrator sees the
 * national roll-up, downloads it and returns the report with a reason; the editor sees the reason, the open form
 * and the first version. axe-core scans every page visited. The year 2097 is this test's own.
 */
class YearlyReportPagesBrowserIT extends PortalPagesTestBase {

    private static final String YEAR = "2097";

    @Test
    void aCountyFillsInAndSubmitsItsReportAndTheAdministratorRollsItUpAndReturnsIt() throws Exception {
        Page admin = browser.loggedInAsDemo(base, "admin@demo.kunskapsnav.se");

        // ---- the questionnaire
        admin.navigate(base + "admin/uppfoljning/enkater");
        browser.checkAccessibilityAndCapture(admin, "90-admin-enkater");
        admin.fill("[id='nyEnkat:ar']", YEAR);
        admin.uncheck("[id='nyEnkat:kopiera']");
        admin.click("[id='nyEnkat:skapa']");
        admin.waitForURL("**/admin/uppfoljning/enkater/" + YEAR);
        assertThat(admin.locator(".page-messages")).containsText("Enkäten för " + YEAR + " är skapad.");
        assertThat(admin.locator("#ingaFragor")).isVisible();

        admin.click("[id='nyFraga:laggTill']");
        assertThat(admin.locator(".page-messages")).containsText("Frågan är inte tillagd.");
        assertThat(admin.locator(".field:has([id='nyFraga:text']) .field-error")).hasText("Skriv frågan.");
        assertThat(admin.locator("fieldset:has([id='nyFraga:typ']) .field-error")).hasText("Välj typ av fråga.");
        browser.checkAccessibilityAndCapture(admin, "91-enkat-fel");

        addQuestion(admin, "Erbjöd länet information om SOSFS 2014:4?", "YES_NO", "erbjöd information om SOSFS 2014:4",
                null);
        addQuestion(admin, "Övrigt om året", "TEXT", null, null);
        addQuestion(admin, "I vilken utsträckning nåddes kommunernas chefer?", "SCALE", null, null);
        addQuestion(admin, "Hur många kommunbesök gjorde länet?", "NUMBER", null, "MUNICIPAL_VISITS");
        Locator questions = admin.locator("#fragelista > li");
        assertThat(questions).hasCount(4);
        assertThat(questions.nth(3)).containsText("fylls i med antal kommunbesök med registrerat deltagande");
        assertThat(questions.nth(0)).containsText("sammanfattas som ”19 av 21 län erbjöd information om SOSFS 2014:4”");
        // free text last: moved down twice
        admin.click("[id='fragor:rad:1:ned']");
        admin.click("[id='fragor:rad:2:ned']");
        assertThat(questions.nth(3)).containsText("Övrigt om året");
        assertThat(questions.nth(1)).containsText("I vilken utsträckning");
        addQuestion(admin, "Hur många utvecklingsledare arbetade på länsstyrelsen?", "NUMBER", null, null);
        browser.checkAccessibilityAndCapture(admin, "92-enkat");

        // ---- Stockholm's report
        Page editor = browser.loggedInAsDemo(base, "redaktor.stockholm@demo.kunskapsnav.se");
        editor.navigate(base + "uppfoljning/arsrapport");
        Locator row = editor.locator("#lanetsRapporter tr", new Page.LocatorOptions().setHasText(YEAR));
        assertThat(row).containsText("Inte påbörjad");
        browser.checkAccessibilityAndCapture(editor, "93-arsrapporter");
        row.locator("a").click();
        editor.waitForURL("**/uppfoljning/arsrapport/AB/" + YEAR);
        assertThat(editor.locator("h1")).containsText("Stockholms län");
        assertThat(editor.locator("[id='rapport:fragor:2:antal']")).hasValue("0");
        assertThat(editor.locator("[id='rapport:fragor:2:franData']")).containsText("Förifyllt från portalen: 0");
        assertThat(editor.locator("[id='rapport:fragor:2:antal']"))
                .hasAttribute("aria-describedby", "rapport:fragor:2:franData");
        assertThat(editor.locator("[id='rapport:fragor:4:antal']")).not().hasAttribute("aria-describedby",
                Pattern.compile(".*"));
        browser.checkAccessibilityAndCapture(editor, "94-arsrapport");

        editor.check("[id='rapport:fragor:0:janej'] input[value='YES']");
        editor.fill("[id='rapport:fragor:4:antal']", "200000000");
        editor.click("[id='rapport:lamnaIn']");
        assertThat(editor.locator(".page-messages")).containsText("Rapporten är inte inlämnad.");
        // a wrong answer and a missing one in the same round, in a summary that takes focus
        Locator summary = editor.locator(".error-summary");
        assertThat(summary).isFocused();
        assertThat(summary.locator("li")).hasText(new String[] {
                "Svara på frågan innan du lämnar in rapporten.", "Skriv ett mindre tal (högst 100 000 000)."});
        assertThat(editor.locator("fieldset:has([id='rapport:fragor:1:skala']) .field-error"))
                .hasText("Svara på frågan innan du lämnar in rapporten.");
        assertThat(editor.locator("[id='rapport:fragor:4:antal']")).hasAttribute("aria-invalid", "true");
        assertThat(editor.locator("[id='rapport:fragor:4:antal']"))
                .hasAttribute("aria-describedby", "rapport:fragor:4:antal-fel");
        assertThat(editor.locator("[id='rapport:fragor:0:janej'] input[value='YES']")).isChecked();
        browser.checkAccessibilityAndCapture(editor, "95-arsrapport-fel");

        editor.check("[id='rapport:fragor:1:skala'] input[value='LARGELY']");
        editor.fill("[id='rapport:fragor:2:antal']", "3");
        editor.fill("[id='rapport:fragor:4:antal']", "2");
        editor.click("[id='rapport:spara']");
        assertThat(editor.locator(".page-messages")).containsText("Utkastet är sparat.");
        assertThat(editor.locator("#status")).containsText("Utkast");
        assertThat(editor.locator("#status")).containsText("av Sara Utvecklingsledare");
        editor.fill("[id='rapport:fragor:3:fritext']", "Vi har besökt tre kommuner.");
        // submitting locks the report, so it is asked about first; going back keeps what was typed
        editor.click("[id='rapport:lamnaIn']");
        assertThat(editor.locator("[id='rapport:bekraftaInlamning']")).isFocused();
        assertThat(editor.locator("[id='rapport:bekraftaInlamning'] h2")).hasText("Vill du lämna in rapporten nu?");
        assertThat(editor.locator("#status")).containsText("Utkast");
        browser.checkAccessibilityAndCapture(editor, "95-arsrapport-bekrafta");
        editor.click("[id='rapport:avbrytInlamning']");
        assertThat(editor.locator("[id='rapport:fragor:3:fritext']")).hasValue("Vi har besökt tre kommuner.");
        editor.click("[id='rapport:lamnaIn']");
        editor.click("[id='rapport:bekraftaLamnaIn']");
        assertThat(editor.locator(".page-messages")).containsText("Rapporten är inlämnad och låst.");
        assertThat(editor.locator("#status")).containsText("Inlämnad");
        assertThat(editor.locator("#status")).containsText("Sara Utvecklingsledare");
        assertThat(editor.locator("[id='rapport:lamnaIn']")).hasCount(0);
        Locator answers = editor.locator("#svar dd");
        assertThat(answers.nth(0)).hasText("Ja");
        assertThat(answers.nth(1)).hasText("I stor utsträckning");
        assertThat(answers.nth(2)).containsText("rättat av länet; portalens uppgift: 0");
        assertThat(answers.nth(4)).hasText("2");
        browser.checkAccessibilityAndCapture(editor, "96-arsrapport-inlamnad");

        // ---- the national roll-up
        admin.navigate(base + "uppfoljning/nationellt/" + YEAR);
        assertThat(admin.locator("#inlamnade")).hasText("1 av 21 län har lämnat in sin årsrapport.");
        assertThat(admin.locator(".rollup-sentence").first()).hasText("1 av 21 län erbjöd information om SOSFS 2014:4");
        assertThat(admin.locator("#lanen tr", new Page.LocatorOptions().setHasText("Stockholms län")))
                .containsText("Inlämnad");
        assertThat(admin.locator("main")).containsText("Vi har besökt tre kommuner.");
        browser.checkAccessibilityAndCapture(admin, "97-nationellt");
        Download csv = admin.waitForDownload(() -> admin.click("#csv"));
        String table = Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertTrue(table.contains("Stockholms län;Inlämnad;"), table);
        assertTrue(table.contains(";Hur många kommunbesök gjorde länet?;Antal;3;0\r\n"), table);

        admin.click("[id='aterlamna:aterlamnaKnapp']");
        assertThat(admin.locator(".field:has([id='aterlamna:lan']) .field-error")).hasText("Välj län.");
        admin.selectOption("[id='aterlamna:lan']", "01");
        admin.fill("[id='aterlamna:skal']", "Antalet kommunbesök stämmer inte med portalens uppgift.");
        admin.click("[id='aterlamna:aterlamnaKnapp']");
        assertThat(admin.locator(".page-messages")).containsText("Rapporten från Stockholms län är återlämnad");
        assertThat(admin.locator("#inlamnade")).hasText("0 av 21 län har lämnat in sin årsrapport.");
        assertThat(admin.locator("#lanen tr", new Page.LocatorOptions().setHasText("Stockholms län")))
                .containsText("Återlämnad för ändringar");
        browser.checkAccessibilityAndCapture(admin, "98-nationellt-aterlamnad");

        // ---- the county sees why, changes and keeps the first version
        editor.navigate(base + "uppfoljning/arsrapport/AB/" + YEAR);
        assertThat(editor.locator("#skal")).hasText("Antalet kommunbesök stämmer inte med portalens uppgift.");
        assertThat(editor.locator("[id='rapport:fragor:2:antal']")).hasValue("3");
        assertThat(editor.locator("#versioner tbody tr")).hasCount(1);
        browser.checkAccessibilityAndCapture(editor, "99-arsrapport-aterlamnad");
        editor.click("#versioner a");
        editor.waitForURL(url -> url.endsWith("/uppfoljning/arsrapport/AB/" + YEAR + "?version=1"));
        assertThat(editor.locator("#versionensSvar")).containsText("Vi har besökt tre kommuner.");
        assertThat(editor.locator("#version")).containsText("Antalet kommunbesök stämmer inte");
        browser.checkAccessibilityAndCapture(editor, "100-arsrapport-version");

        // another county's editor is not let in
        Page skane = browser.loggedInAsDemo(base, "redaktor.skane@demo.kunskapsnav.se");
        skane.navigate(base + "uppfoljning/arsrapport/AB/" + YEAR);
        assertThat(skane.locator("h1")).not().containsText("Stockholms län");
        assertThat(skane.locator("main")).not().containsText("Vi har besökt tre kommuner.");
    }

    private static void addQuestion(Page admin, String text, String type, String phrase, String prefill) {
        admin.fill("[id='nyFraga:text']", text);
        admin.check("[id='nyFraga:typ'] input[value='" + type + "']");
        if (phrase != null) {
            admin.fill("[id='nyFraga:sammanfattning']", phrase);
        }
        if (prefill != null) {
            admin.selectOption("[id='nyFraga:forifyllning']", prefill);
        }
        admin.click("[id='nyFraga:laggTill']");
        assertThat(admin.locator(".page-messages")).containsText("Frågan är tillagd sist i enkäten.");
        assertThat(admin.locator("#fragelista")).containsText(text);
    }
}

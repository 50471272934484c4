package se.kunskapsnav.history;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import se.kunskapsnav.testsupport.PortalPagesTestBase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A county editor downloads the template, uploads a sign-in list with a bad line (every problem listed at the
 * file field, nothing imported), then a good one, finds it among the county's imports and undoes it; an
 * administrator chooses among all counties. axe-core scans every page state visited.
 */
class HistoricalImportPagesBrowserIT extends PortalPagesTestBase {

    private static final String HEADER = "titel;typ;datum;teman;deltagare;kommunkod;organisation;yrke;sektor;antal\r\n";

    @Test
    void anEditorImportsASignInListAfterFixingItsErrorsAndUndoesIt() throws Exception {
        Page editor = browser.loggedInAsDemo(base, "redaktor.skane@demo.kunskapsnav.se");
        editor.navigate(base + "admin/historik");
        assertThat(editor.locator("h1")).hasText("Historiska deltagarlistor");
        assertThat(editor.locator("main h2").first()).hasText("Läs in en fil för Skåne län");
        assertThat(editor.locator("nav a[aria-current='page']")).hasText("Historiska deltagarlistor");
        browser.checkAccessibilityAndCapture(editor, "90-admin-historik");

        Download template = editor.waitForDownload(() -> editor.click("#mall"));
        assertEquals("\uFEFF" + HEADER, Files.readString(template.path(), StandardCharsets.UTF_8));

        String run = String.valueOf(System.nanoTime());
        String fileName = "narvaro-" + run + ".csv";
        String title = "Hedersrelaterat våld " + run;
        upload(editor, fileName, "\uFEFF" + HEADER
                + title + ";utbildningsdag;2018-04-10;hedersrelaterat-vald;Karin Lind;1280;;kurator;;\r\n"
                + title + ";utbildningsdag;2018-04-31;hedersrelaterat-vald;;1281;;;;7\r\n");
        Locator field = editor.locator(".field:has([id='historik:fil'])");
        assertThat(field.locator("#radfel")).containsText("Rad 3, kolumn datum: Datumet ”2018-04-31” ska skrivas"
                + " år-månad-dag, till exempel 2018-03-15.");
        assertThat(field.locator(".field-error")).hasText("Filen har fel på 1 rad. Ingenting har sparats.");
        // the line errors and the field's own message both describe the file field
        assertThat(editor.locator("[id='historik:fil']")).hasAttribute("aria-describedby", "radfel historik:fil-fel");
        assertThat(editor.locator("#inlasningslista tr", new Page.LocatorOptions().setHasText(fileName)))
                .hasCount(0);
        browser.checkAccessibilityAndCapture(editor, "91-historik-fel");

        upload(editor, fileName, "\uFEFF" + HEADER
                + title + ";utbildningsdag;2018-04-10;hedersrelaterat-vald;Karin Lind;1280;;kurator;;\r\n"
                + title + ";utbildningsdag;2018-04-30;hedersrelaterat-vald;;1281;;;;7\r\n");
        assertThat(editor.locator(".page-messages")).containsText("Filen " + fileName
                + " är inläst: 2 aktiviteter med sammanlagt 8 deltagare.");
        assertThat(editor.locator("#radfel")).hasCount(0);
        Locator row = editor.locator("#inlasningslista tr", new Page.LocatorOptions().setHasText(fileName));
        assertThat(row).hasCount(1);
        assertThat(row).containsText("Malin Utvecklingsledare");
        assertThat(row).containsText("2018-04-10–2018-04-30");
        assertThat(row.locator("td.number")).hasText(new String[] {"2", "2", "8", "1"});
        browser.checkAccessibilityAndCapture(editor, "92-historik-inlast");

        row.locator("input[type='submit']").click();
        assertThat(editor.locator("[id='inlasningar:bekraftaAngra']")).containsText("Aktiviteterna från filen " + fileName
                + " tas bort: 2 aktiviteter med 8 deltagare.");
        browser.checkAccessibilityAndCapture(editor, "93-historik-angra");
        editor.click("[id='inlasningar:jaAngra']");
        assertThat(editor.locator(".page-messages")).containsText("Inläsningen av " + fileName + " är ångrad.");
        assertThat(editor.locator("#inlasningslista tr", new Page.LocatorOptions().setHasText(fileName)))
                .hasCount(0);
        assertThat(editor.locator("#lan")).hasCount(0);

        // an administrator chooses the county; an editor asking for another county gets their own
        Page administrator = browser.loggedInAsDemo(base, "admin@demo.kunskapsnav.se");
        administrator.navigate(base + "admin/historik");
        assertThat(administrator.locator("main h2").first()).hasText("Läs in en fil för Stockholms län");
        administrator.selectOption("#lan", "12");
        administrator.click("#visa");
        assertThat(administrator.locator("main h2").first()).hasText("Läs in en fil för Skåne län");
        browser.checkAccessibilityAndCapture(administrator, "94-historik-administrator");
        editor.navigate(base + "admin/historik?lan=01");
        assertThat(editor.locator("main h2").first()).hasText("Läs in en fil för Skåne län");

        // the administrators' import of municipality groups refuses a file with its problems, line by line
        administrator.navigate(base + "admin/kommungrupper");
        administrator.fill("[id='kommungrupper:ar']", "2001");
        administrator.setInputFiles("[id='kommungrupper:fil']", new FilePayload("grupper.csv", "text/csv",
                "kommunkod;kommungrupp\r\n9999;A1\r\n".getBytes(StandardCharsets.UTF_8)));
        administrator.click("[id='kommungrupper:lasIn']");
        assertThat(administrator.locator(".error-summary")).containsText("Filen lästes inte in eftersom den har 291 fel.");
        assertThat(administrator.locator("#radfel li").first()).hasText("Rad 2: Okänd kommunkod ”9999”.");
        browser.checkAccessibilityAndCapture(administrator, "95-kommungrupper-fel");
    }

    private static void upload(Page page, String fileName, String csv) {
        page.setInputFiles("[id='historik:fil']", new FilePayload(fileName, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        page.click("[id='historik:lasIn']");
    }
}

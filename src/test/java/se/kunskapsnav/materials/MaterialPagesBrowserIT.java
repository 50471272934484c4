package se.kunskapsnav.materials;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import se.kunskapsnav.accounts.DemoAccounts;
import se.kunskapsnav.testsupport.Browser;
import se.kunskapsnav.testsupport.SampleFiles;
import se.kunskapsnav.testsupport.PortalPagesTestBase;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A development leader publishes a material in the browser: the form says what is missing at the field,
 * a real PDF is uploaded, a renamed Windows program is refused at the file field, and the file is replaced
 * by a new version while the earlier one is kept. A visitor then finds the material in the library by type
 * and theme, opens it and downloads its file; the editor uses it in a course, where it shows, retires it,
 * so it leaves the library, and makes it one for logged-in people, which a visitor sees after logging in. Every page visited gets an axe-core WCAG 2.1 AA scan. Assertions
 * look only at this test's own material, since demo data and other tests share the database.
 */
class MaterialPagesBrowserIT extends PortalPagesTestBase {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter SWEDISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("sv"));
    private static final Pattern EDIT_URL = Pattern.compile(".*/admin/material/(\\d+)/redigera$");
    private static final String EDITOR = "redaktor.stockholm@demo.kunskapsnav.se";
    private static final String PARTICIPANT = "deltagare1@demo.kunskapsnav.se";
    private static final String TYPE = "checklista";
    private static final String THEME = "vald-i-nara-relationer";

    @Test
    void anEditorPublishesAMaterialWithVersionedFilesThatAVisitorFindsAndDownloads() {
        String suffix = String.valueOf(System.nanoTime());
        String title = "Checklista: att fråga om våld " + suffix;
        Page editor = browser.loggedInAsDemo(base, EDITOR);

        long materialId = createMaterial(editor, title);
        uploadAFile(editor, materialId);
        aRenamedProgramIsRefused(editor, materialId);
        replaceTheFileWithANewVersion(editor, materialId);
        aVisitorFindsTheMaterialAndDownloadsItsFile(title, materialId);
        theEditorSeesDownloadsAndUsesTheMaterialInACourse(editor, title, materialId);
        retireTheMaterial(editor, title, materialId);
        aMaterialForLoggedInPeopleAsksAVisitorToLogInFirst(editor, title, materialId);
        editor.context().close();
    }

    // ---- the editor

    private long createMaterial(Page editor, String title) {
        editor.navigate(base + "admin/material");
        browser.checkAccessibilityAndCapture(editor, "70-admin-material");
        editor.click("#nyttMaterial");
        assertTrue(editor.url().endsWith("/admin/material/ny"), editor.url());
        // a new material is the editor's county's, published today, public and in Swedish
        assertThat(editor.locator("[id='material:owner']")).hasValue("01");
        assertThat(editor.locator("[id='material:publishedOn']")).hasValue(LocalDate.now(SWEDEN).toString());
        assertThat(editor.locator("[id='material:languages'] input[value='sv']")).isChecked();
        assertThat(editor.locator("[id='material:visibility'] input[value='offentlig']")).isChecked();
        browser.checkAccessibilityAndCapture(editor, "71-nytt-material");

        // without a title the form says so at the field, and nothing is saved
        editor.fill("[id='material:summary']", "Stöd för att **fråga om våld** i alla ärenden.\n\n"
                + "Checklistan går igenom samtalet steg för steg. <script>alert(1)</script>");
        editor.selectOption("[id='material:type']", TYPE);
        editor.click("[id='material:spara']");
        assertThat(editor.locator(".field:has([id='material:title']) .field-error")).hasText("Skriv en titel.");
        assertThat(editor.locator(".page-messages")).containsText("Materialet är inte sparat");
        assertTrue(editor.url().endsWith("/admin/material/ny"), editor.url());
        browser.checkAccessibilityAndCapture(editor, "72-nytt-material-fel");

        editor.fill("[id='material:title']", title);
        editor.fill("[id='material:versionLabel']", "1.0");
        editor.check("[id='material:themes'] input[value='" + THEME + "']");
        editor.check("[id='material:targetGroups'] input[value='valdsutsatta-kvinnor']");
        editor.check("[id='material:professions'] input[value='socialsekreterare']");
        editor.click("[id='material:spara']");
        editor.waitForURL(EDIT_URL.asPredicate());
        long materialId = idOf(editor.url());
        assertThat(editor.locator(".page-messages")).containsText("Materialet är skapat.");
        assertThat(editor.locator("[id='material:title']")).hasValue(title);
        assertThat(editor.locator("#ingaFiler")).isVisible();
        browser.checkAccessibilityAndCapture(editor, "73-redigera-material");

        // without a file or a link it is not in the library yet, which the editor's list says
        editor.navigate(base + "admin/material");
        assertThat(editor.locator("#redaktorsmaterial tr", new Page.LocatorOptions().setHasText(title)))
                .containsText("Saknar fil eller länk");
        return materialId;
    }

    private void uploadAFile(Page editor, long materialId) {
        editor.navigate(base + "admin/material/" + materialId + "/redigera");
        editor.setInputFiles("[id='filuppladdning:fil']", new FilePayload("checklista.pdf", "application/pdf",
                SampleFiles.pdf("Checklista: att fråga om våld, första versionen")));
        editor.click("[id='filuppladdning:ladda']");
        assertThat(editor.locator(".page-messages")).containsText("Filen checklista.pdf är uppladdad.");
        Locator files = editor.locator("#fillista > li");
        assertThat(files).hasCount(1);
        assertThat(files).containsText("checklista.pdf");
        assertThat(files).containsText("PDF");
        browser.checkAccessibilityAndCapture(editor, "74-material-med-fil");
    }

    private void aRenamedProgramIsRefused(Page editor, long materialId) {
        editor.setInputFiles("[id='filuppladdning:fil']", new FilePayload("rutin.pdf", "application/pdf",
                SampleFiles.windowsProgram()));
        editor.click("[id='filuppladdning:ladda']");
        assertThat(editor.locator(".field:has([id='filuppladdning:fil']) .field-error"))
                .containsText("Filen är ett program");
        assertThat(editor.locator("#fillista > li")).hasCount(1);
        assertThat(editor.locator("#fillista")).not().containsText("rutin.pdf");
        browser.checkAccessibilityAndCapture(editor, "75-material-program-nekat");
        editor.navigate(base + "admin/material/" + materialId + "/redigera");
        assertThat(editor.locator("#fillista > li")).hasCount(1);
        assertThat(editor.locator("#fillista")).not().containsText("rutin.pdf");
    }

    private void replaceTheFileWithANewVersion(Page editor, long materialId) {
        editor.navigate(base + "admin/material/" + materialId + "/redigera");
        editor.setInputFiles("[id='filer:0:ersatt:ny']", new FilePayload("checklista-2026.pdf", "application/pdf",
                SampleFiles.pdf("Checklista: att fråga om våld, reviderad 2026")));
        editor.click("[id='filer:0:ersatt:laddaNyVersion']");
        assertThat(editor.locator(".page-messages")).containsText("Filen checklista-2026.pdf är uppladdad som version 2.");
        Locator file = editor.locator("#fillista > li");
        assertThat(file).hasCount(1);
        assertThat(file.locator("p").first()).containsText("checklista-2026.pdf");
        assertThat(file.locator("p").first()).containsText("version 2");
        assertThat(file.locator("details summary")).containsText("1 tidigare version");
        assertThat(file.locator(".earlier-versions li")).hasCount(1);
        assertThat(file.locator(".earlier-versions li")).containsText("checklista.pdf");
        browser.checkAccessibilityAndCapture(editor, "76-material-ny-version");
    }

    // ---- the visitor

    private void aVisitorFindsTheMaterialAndDownloadsItsFile(String title, long materialId) {
        Page visitor = browser.newIsolatedPage();
        visitor.navigate(base + "material");
        assertThat(visitor.locator("h1")).hasText("Materialbanken");
        browser.checkAccessibilityAndCapture(visitor, "77-materialbanken");
        visitor.selectOption("#typ", TYPE);
        visitor.selectOption("#tema", THEME);
        visitor.click("#visa");
        assertTrue(visitor.url().contains("typ=" + TYPE) && visitor.url().contains("tema=" + THEME), visitor.url());
        Locator card = visitor.locator("#materiallista li", new Page.LocatorOptions().setHasText(title));
        assertThat(card).hasCount(1);
        assertThat(card).containsText("Stöd för att fråga om våld i alla ärenden.");
        assertThat(card).not().containsText("steg för steg");
        assertThat(card).containsText("Checklista");
        assertThat(card).containsText("Stockholms län");
        assertThat(card).containsText(SWEDISH_DATE.format(LocalDate.now(SWEDEN)));
        assertThat(card).containsText("Svenska");
        browser.checkAccessibilityAndCapture(visitor, "78-materialbanken-filtrerad");

        // another type does not find it; values the portal does not know do not filter and do not break
        visitor.navigate(base + "material?typ=film&tema=" + THEME);
        assertThat(visitor.locator("main")).not().containsText(title);
        visitor.navigate(base + "material?typ=okand&tema=%3Cx%3E&agare=ZZ&sida=abc");
        assertThat(visitor.locator("h1")).hasText("Materialbanken");
        assertThat(visitor.locator("#typ")).hasValue("");

        visitor.navigate(base + "material?typ=" + TYPE + "&tema=" + THEME);
        card.locator("a").click();
        assertTrue(visitor.url().endsWith("/material/" + materialId), visitor.url());
        assertThat(visitor.locator("#materialnamn")).hasText(title);
        Locator facts = visitor.locator("#materialfakta");
        assertThat(facts).containsText("Checklista");
        assertThat(facts).containsText("Stockholms län");
        assertThat(facts).containsText("1.0");
        assertThat(facts).containsText("Svenska");
        assertThat(facts).containsText("Våld i nära relationer");
        assertThat(facts).containsText("Våldsutsatta kvinnor");
        assertThat(facts).containsText("Socialsekreterare");
        assertThat(visitor.locator("#sammanfattning strong")).hasText("fråga om våld");
        assertThat(visitor.locator("#sammanfattning")).containsText("<script>");
        assertThat(visitor.locator("#redigera")).hasCount(0);
        assertThat(visitor.locator("#nedladdningar")).hasCount(0);
        assertThat(visitor.locator("[id='kurskoppling:kurs']")).hasCount(0);
        Locator current = visitor.locator("#filer > li > a");
        assertThat(current).hasText("checklista-2026.pdf");
        assertThat(visitor.locator("#filer > li")).containsText("PDF");
        assertThat(visitor.locator("#filer .earlier-versions li")).containsText("checklista.pdf");
        browser.checkAccessibilityAndCapture(visitor, "79-material-besokare");

        String href = current.getAttribute("href");
        assertTrue(href.matches(".*/material/filer/\\d+/checklista-2026\\.pdf"), href);
        APIResponse download = visitor.request().get(URI.create(visitor.url()).resolve(href).toString());
        assertEquals(200, download.status());
        assertTrue(download.headers().get("content-type").startsWith("application/pdf"),
                download.headers().get("content-type"));
        assertTrue(new String(download.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));

        // a material that does not exist is the not-found page
        visitor.navigate(base + "material/999999999999");
        assertThat(visitor.locator("h1")).not().hasText(title);
        assertEquals(404, visitor.request().get(base + "material/999999999999").status());
        visitor.context().close();
    }

    // ---- the editor again

    private void theEditorSeesDownloadsAndUsesTheMaterialInACourse(Page editor, String title, long materialId) {
        editor.navigate(base + "material/" + materialId);
        assertThat(editor.locator("#redigera")).isVisible();
        assertThat(editor.locator("#nedladdningar")).containsText(
                DateTimeFormatter.ofPattern("LLLL yyyy", Locale.of("sv")).format(LocalDate.now(SWEDEN)));
        browser.checkAccessibilityAndCapture(editor, "80-material-redaktor");

        // without a choice the field says so
        editor.click("[id='kurskoppling:laggTillKurs']");
        assertThat(editor.locator(".field:has([id='kurskoppling:kurs']) .field-error")).hasText("Välj i listan först.");

        Locator course = editor.locator("[id='kurskoppling:kurs'] option:not([value=''])").first();
        String courseId = course.getAttribute("value");
        editor.selectOption("[id='kurskoppling:kurs']", courseId);
        editor.click("[id='kurskoppling:laggTillKurs']");
        assertThat(editor.locator(".page-messages")).containsText("Materialet är kopplat.");
        Locator used = editor.locator("#anvandsI li", new Page.LocatorOptions().setHasText("Kursen"));
        assertThat(used.locator("a[href$='/kurser/" + courseId + "']")).hasCount(1);
        browser.checkAccessibilityAndCapture(editor, "81-material-i-kurs");

        editor.navigate(base + "kurser/" + courseId);
        assertThat(editor.locator("#kopplatMaterial")).containsText(title);
        browser.checkAccessibilityAndCapture(editor, "82-kurs-med-material");
        editor.click("#kopplatMaterial a:has-text('" + title.replace("'", "\\'") + "')");
        assertTrue(editor.url().endsWith("/material/" + materialId), editor.url());

        // and the link can be removed again
        editor.locator("#anvandsI li", new Page.LocatorOptions().setHasText("Kursen"))
                .filter(new Locator.FilterOptions().setHas(editor.locator("a[href$='/kurser/" + courseId + "']")))
                .locator("input[type=submit]").click();
        assertThat(editor.locator(".page-messages")).containsText("Kopplingen är borttagen.");
        assertThat(editor.locator("#anvandsI a[href$='/kurser/" + courseId + "']")).hasCount(0);
        editor.navigate(base + "kurser/" + courseId);
        assertThat(editor.locator("main")).not().containsText(title);
    }

    private void retireTheMaterial(Page editor, String title, long materialId) {
        editor.navigate(base + "admin/material/" + materialId + "/redigera");
        editor.click("[id='status:draTillbaka']");
        assertThat(editor.locator(".page-messages")).containsText("Materialet är tillbakadraget.");
        assertThat(editor.locator("#tillbakadraget")).isVisible();
        assertThat(editor.locator("[id='status:aterstall']")).isVisible();
        browser.checkAccessibilityAndCapture(editor, "83-material-tillbakadraget");
        editor.navigate(base + "admin/material");
        assertThat(editor.locator("#redaktorsmaterial tr", new Page.LocatorOptions().setHasText(title)))
                .containsText("Tillbakadraget");

        Page visitor = browser.newIsolatedPage();
        visitor.navigate(base + "material?typ=" + TYPE + "&tema=" + THEME);
        assertThat(visitor.locator("main")).not().containsText(title);
        // the page stays for those who have the link, marked as retired
        visitor.navigate(base + "material/" + materialId);
        assertThat(visitor.locator("#tillbakadraget")).isVisible();
        browser.checkAccessibilityAndCapture(visitor, "84-material-tillbakadraget-besokare");
        visitor.context().close();
    }

    private void aMaterialForLoggedInPeopleAsksAVisitorToLogInFirst(Page editor, String title, long materialId) {
        editor.navigate(base + "admin/material/" + materialId + "/redigera");
        editor.check("[id='material:visibility'] input[value='inloggade']");
        editor.click("[id='material:spara']");
        assertThat(editor.locator(".page-messages")).containsText("Materialet är sparat.");
        assertThat(editor.locator("[id='material:visibility'] input[value='inloggade']")).isChecked();

        Page visitor = browser.newIsolatedPage();
        visitor.navigate(base + "material/" + materialId);
        assertTrue(visitor.url().contains("/logga-in?tillbaka=%2Fmaterial%2F" + materialId), visitor.url());
        assertThat(visitor.locator("main")).not().containsText(title);
        browser.checkAccessibilityAndCapture(visitor, "85-material-logga-in-forst");
        Browser.submitLogin(visitor, PARTICIPANT, DemoAccounts.PASSWORD);
        visitor.waitForURL("**/material/" + materialId);
        assertThat(visitor.locator("#materialnamn")).hasText(title);
        assertThat(visitor.locator("#redigera")).hasCount(0);
        browser.checkAccessibilityAndCapture(visitor, "86-material-inloggad");
        visitor.context().close();
    }

    private static long idOf(String url) {
        Matcher matcher = EDIT_URL.matcher(url);
        assertTrue(matcher.matches(), url);
        return Long.parseLong(matcher.group(1));
    }
}

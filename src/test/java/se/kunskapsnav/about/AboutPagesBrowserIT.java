package se.kunskapsnav.about;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import se.kunskapsnav.testsupport.Browser;
import se.kunskapsnav.testsupport.PortalPagesTestBase;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages a Swedish public service publishes (accessibility statement with its report form, about, contact,
 * privacy notice, cookies), linked from every page's footer; and every page of the portal, public and for
 * editors and administrators, at 320 CSS pixels without sideways scrolling (WCAG 1.4.10), with axe-core.
 */
class AboutPagesBrowserIT extends PortalPagesTestBase {

    private static final String ADMIN = "admin@demo.kunskapsnav.se";
    private static final String EDITOR = "redaktor.stockholm@demo.kunskapsnav.se";
    /** The pages every visitor can open; pages found by their lists' links are added by the walk. */
    private static final List<String> PUBLIC_PAGES = List.of("", "lan", "lan/AB", "kommuner/0180", "kurser",
            "natverk", "material", "webbkurs", "uppfoljning", "uppfoljning/sa-skyddar-vi-sma-tal", "sok?q=v%C3%A5ld",
            "logga-in", "registrera", "glomt-losenord", "om", "kontakt", "tillganglighet", "personuppgifter", "kakor");
    /** The pages of logged-in people, editors and administrators, as an administrator sees them. */
    private static final List<String> ADMIN_PAGES = List.of("mina-uppgifter", "mina-anmalningar", "admin/kurser",
            "admin/kurser/ny", "admin/natverk", "admin/natverk/ny", "admin/material", "admin/material/ny",
            "admin/kommunbesok", "admin/kommunbesok/ny", "admin/aktiviteter", "admin/aktiviteter/ny", "admin/historik",
            "admin/roller", "admin/e-post", "admin/granskningslogg", "admin/sok", "admin/uppfoljning/jamforelsetal",
            "admin/uppfoljning/enkater", "uppfoljning/arsrapport", "webbkurs/grupper", "webbkurs/utbildningsmanual");

    /** The elements reaching past the window's right edge that have no such child: where to look. */
    private static final String WIDEST = """
            () => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
                .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5))
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                    + ' ' + Math.round(e.getBoundingClientRect().right) + 'px')
                .join(', ')
            """;

    @Test
    void theFooterOfEveryPageLinksThePagesTheLawAsksFor() {
        Page page = browser.newPage();
        for (String path : List.of("", "kurser", "logga-in")) {
            page.navigate(base + path);
            Locator footer = page.locator("footer .footer-links");
            for (String name : List.of("Om Kunskapsnav", "Kontakt", "Tillgänglighet", "Personuppgifter", "Kakor")) {
                assertThat(footer.getByText(name, new Locator.GetByTextOptions().setExact(true))).isVisible();
            }
            assertThat(page.locator("head link[rel=icon][type='image/svg+xml']")).hasCount(1);
        }
        page.locator("footer").getByText("Tillgänglighet", new Locator.GetByTextOptions().setExact(true)).click();
        page.waitForURL("**/tillganglighet");
        assertThat(page.locator("h1")).hasText("Tillgänglighet för Kunskapsnav");
        assertThat(page.locator("#forenlighet")).containsText("delvis förenlig");
        assertThat(page.locator("#bristlista")).containsText("PDF");
        assertThat(page.locator("#digg")).hasAttribute("href", "https://www.digg.se/tdosanmalan");
        assertThat(page.locator("#datum")).containsText("2026");
        assertThat(page.locator("main a[href='mailto:webbplatsen@kunskapsnav.test']")).isVisible();
        browser.checkAccessibilityAndCapture(page, "om-01-tillganglighet");

        // the favicon is served
        Response icon = page.navigate(page.locator("head link[rel=icon][type='image/png']")
                .evaluate("link => link.href").toString());
        assertEquals(200, icon.status());
        assertEquals("image/png", icon.headerValue("content-type"));
    }

    @Test
    void theFocusRingStandsOutAtLeast3To1OnTheHeaderAndOnThePage() {
        Page page = browser.newPage();
        page.navigate(base + "om");
        page.keyboard().press("Tab"); // the skip link
        page.keyboard().press("Tab"); // the portal's name, on the dark header
        assertTrue(focusContrast(page) >= 3, "focus ring on the header: " + focusContrast(page));
        page.locator("footer a[href$='/kontakt']").focus();
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("Tab"); // a link on the light footer, reached by keyboard
        assertThat(page.locator(":focus")).hasText("Kontakt");
        assertTrue(focusContrast(page) >= 3, "focus ring on the page: " + focusContrast(page));
    }

    /** The contrast of the focused element's outline against the background it is drawn on (WCAG's formula). */
    private static double focusContrast(Page page) {
        Object ratio = page.evaluate("""
                () => {
                    const rgb = c => c.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number);
                    const luminance = c => {
                        const [r, g, b] = rgb(c).map(v => v / 255)
                            .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
                        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
                    };
                    const focused = document.activeElement;
                    let behind = focused.parentElement;
                    while (behind && getComputedStyle(behind).backgroundColor === 'rgba(0, 0, 0, 0)') {
                        behind = behind.parentElement;
                    }
                    const background = behind ? getComputedStyle(behind).backgroundColor : 'rgb(255, 255, 255)';
                    const [a, b] = [luminance(getComputedStyle(focused).outlineColor), luminance(background)];
                    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                }
                """);
        return ((Number) ratio).doubleValue();
    }

    @Test
    void thePrivacyNoticeSaysTheConfiguredRetentionAndLinksTheRights() {
        Page page = browser.newPage();
        page.navigate(base + "personuppgifter");
        // arquillian.xml configures 18 months for the retention job
        assertThat(page.locator("#gallring")).containsText("18 månader");
        assertThat(page.locator("#laddaNer")).hasAttribute("href", Pattern.compile("/mina-uppgifter#datarubrik$"));
        assertThat(page.locator("#radera")).hasAttribute("href", Pattern.compile("/mina-uppgifter#raderarubrik$"));
        browser.checkAccessibilityAndCapture(page, "om-02-personuppgifter");

        page.navigate(base + "kakor");
        assertThat(page.locator("#kakor tbody tr")).hasCount(1);
        assertThat(page.locator("#kakor")).containsText("JSESSIONID");
        browser.checkAccessibilityAndCapture(page, "om-03-kakor");
        page.navigate(base + "om");
        browser.checkAccessibilityAndCapture(page, "om-04-om");
        page.navigate(base + "kontakt");
        assertThat(page.locator("#kontaktadress a")).hasText("webbplatsen@kunskapsnav.test");
        browser.checkAccessibilityAndCapture(page, "om-05-kontakt");
        // reading the pages sets no cookie
        assertEquals(List.of(), page.context().cookies());
    }

    @Test
    void aReportedAccessibilityProblemReachesTheAdministrators() {
        Page page = browser.newPage();
        page.navigate(base + "tillganglighet");
        page.fill("[id='rapport:epost']", "inte en adress");
        page.click("[id='rapport:skicka']");
        assertThat(page.locator("[id='rapport:beskrivning']")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("main")).containsText("Skriv vad problemet är.");
        assertThat(page.locator("main")).containsText("Skriv en e-postadress i formen namn@exempel.se");
        assertThat(page.locator("[id='rapport:epost']")).hasValue("inte en adress");
        browser.checkAccessibilityAndCapture(page, "om-06-rapport-fel");

        String problem = "Kartan på uppföljningssidan går inte att nå med tangentbordet " + System.nanoTime();
        page.fill("[id='rapport:beskrivning']", problem);
        page.fill("[id='rapport:sida']", "/uppfoljning");
        page.fill("[id='rapport:epost']", "besokare@exempel.se");
        page.click("[id='rapport:skicka']");
        assertThat(page.locator("#kvitto")).containsText("Tack för din rapport");
        assertThat(page.locator("#kvitto")).containsText("besokare@exempel.se");
        browser.checkAccessibilityAndCapture(page, "om-07-rapport-kvitto");

        Page admin = browser.loggedInAsDemo(base, ADMIN);
        Locator mail = admin.locator("article.mail", new Page.LocatorOptions().setHasText(problem));
        for (int attempt = 0; attempt < 40 && mail.count() == 0; attempt++) {
            admin.waitForTimeout(250);
            admin.navigate(base + "admin/e-post");
        }
        assertThat(mail).containsText("webbplatsen@kunskapsnav.test");
        assertThat(mail).containsText("besokare@exempel.se");
    }

    @Test
    void everyPageFitsA320PixelScreen() {
        try (Browser phone = new Browser(320, 640)) {
            List<String> problems = new ArrayList<>();
            Page visitor = phone.newPage();
            Set<String> publicPages = new LinkedHashSet<>(PUBLIC_PAGES);
            publicPages.add(firstLink(visitor, "kurser", "main a[href*='/kurser/']"));
            publicPages.add(firstLink(visitor, "natverk", "main a[href*='/natverk/']"));
            publicPages.add(firstLink(visitor, "material", "main a[href*='/material/']"));
            publicPages.add(firstLink(visitor, "webbkurs", "main a[href*='/webbkurs/moduler/']"));
            walk(phone, visitor, publicPages, problems);

            Page admin = phone.loggedInAsDemo(base, ADMIN);
            Set<String> adminPages = new LinkedHashSet<>(ADMIN_PAGES);
            adminPages.add(firstLink(admin, "admin/kurser", "main a[href$='/redigera']"));
            adminPages.add(firstLink(admin, "admin/kurser", "main a[href$='/anmalningar']"));
            adminPages.add(firstLink(admin, "admin/natverk", "main a[href$='/redigera']"));
            adminPages.add(firstLink(admin, "admin/natverk", "main a[href$='/medlemmar']"));
            adminPages.add(firstLink(admin, "admin/natverk", "main a[href$='/traffar/ny']"));
            adminPages.add(firstLink(admin, "admin/material", "main a[href$='/redigera']"));
            walk(phone, admin, adminPages, problems);

            // an editor's menu: the administration links are grouped, so the page's content comes first
            Page editor = phone.loggedInAsDemo(base, EDITOR);
            editor.navigate(base + "admin/kurser");
            assertThat(editor.locator(".admin-menu a").first()).isHidden();
            editor.click(".admin-menu summary");
            assertThat(editor.locator(".admin-menu a[href$='/admin/kurser']")).isVisible();
            // Stockholm's editor organises for Stockholm, which is not offered as its own co-organiser
            editor.navigate(base + "admin/kurser/ny");
            assertThat(editor.locator("[id='kurs:coOrganisers'] input[value='01']")).hasCount(0);
            assertThat(editor.locator("[id='kurs:coOrganisers'] input[value='12']")).hasCount(1);
            assertEquals(List.of(), problems, "pages wider than 320 px or with axe violations");
        }
    }

    /** A form, the page it is on, and its button that sends it. */
    private record SentForm(String path, String form, String button) {
    }

    /** What the summary's links lead to: each target's id, whether it is in error, and what describes it. */
    private static final String SUMMARY_TARGETS = """
            summary => [...summary.querySelectorAll('a')].map(a => {
                const id = decodeURIComponent(a.getAttribute('href').substring(1));
                const target = document.getElementById(id);
                return id + '|' + (target ? target.tagName.toLowerCase() : 'missing') + '|'
                    + (target && target.getAttribute('aria-invalid')) + '|'
                    + (target && target.getAttribute('aria-describedby'));
            })
            """;

    @Test
    void everyFormSentEmptySaysWhatIsWrongFirstAndAtEachField() {
        List<SentForm> forms = new ArrayList<>(List.of(
                new SentForm("registrera", "registrering", "skapa"),
                new SentForm("logga-in", "inloggning", "loggaIn"),
                new SentForm("glomt-losenord", "glomt", "skicka"),
                new SentForm("tillganglighet", "rapport", "skicka")));
        List<SentForm> editorsForms = List.of(
                new SentForm("admin/kurser/ny", "kurs", "spara"),
                new SentForm("admin/natverk/ny", "natverk", "spara"),
                new SentForm("admin/material/ny", "material", "spara"),
                new SentForm("admin/kommunbesok/ny", "besok", "spara"),
                new SentForm("admin/aktiviteter/ny", "aktivitet", "spara"));
        List<String> problems = new ArrayList<>();
        Page visitor = browser.newIsolatedPage();
        forms.forEach(form -> sendEmpty(visitor, form, problems));
        Page admin = browser.loggedInAsDemo(base, ADMIN);
        editorsForms.forEach(form -> sendEmpty(admin, form, problems));
        sendEmpty(admin, new SentForm(firstLink(admin, "admin/natverk", "main a[href$='/traffar/ny']"), "traff",
                "spara"), problems);
        assertEquals(List.of(), problems, "forms sent empty");
    }

    /**
     * Sends a form as it stands when opened and checks what a person is shown: the summary first, holding the
     * focus, each of its links leading to a field marked invalid and described by its own message.
     */
    private void sendEmpty(Page page, SentForm sent, List<String> problems) {
        page.navigate(sent.path().startsWith("http") ? sent.path() : base + sent.path());
        page.click("[id='" + sent.form() + ":" + sent.button() + "']");
        page.waitForLoadState();
        Locator summary = page.locator("[id='" + sent.form() + "'] .error-summary");
        if (summary.count() != 1) {
            problems.add(sent.path() + ": no error summary");
            return;
        }
        if (!summary.locator("h2").innerText().equals("Det finns fel i formuläret")) {
            problems.add(sent.path() + ": the summary says " + summary.locator("h2").innerText());
        }
        if (!Boolean.TRUE.equals(page.evaluate("() => document.activeElement.classList.contains('error-summary')"))) {
            problems.add(sent.path() + ": the focus is not on the summary");
        }
        @SuppressWarnings("unchecked")
        List<String> targets = (List<String>) summary.evaluate(SUMMARY_TARGETS);
        boolean someField = false;
        for (String target : targets) {
            String[] parts = target.split("\\|", -1);
            boolean field = List.of("input", "select", "textarea").contains(parts[1]);
            someField |= field;
            if (parts[1].equals("missing")) {
                problems.add(sent.path() + ": a summary link leads nowhere: " + parts[0]);
            } else if (field && !("true".equals(parts[2]) && parts[3].contains(parts[0] + "-fel"))) {
                problems.add(sent.path() + ": " + parts[0] + " is not marked invalid and described by its message");
            }
        }
        if (!someField) {
            problems.add(sent.path() + ": no summary link leads to a field " + targets);
        }
        browser.checkAccessibilityAndCapture(page, "fel-" + sent.form());
    }

    /** Visits each page ({@code paths} relative to the portal, or absolute) and notes what is wrong with it. */
    private void walk(Browser phone, Page page, Set<String> paths, List<String> problems) {
        for (String path : paths) {
            Response response = page.navigate(path.startsWith("http") ? path : base + path);
            if (response.status() != 200) {
                problems.add(path + " answered " + response.status());
                continue;
            }
            Object tooWide = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (((Number) tooWide).intValue() > 0) {
                problems.add(path + " is " + tooWide + " px too wide: " + page.evaluate(WIDEST));
            }
            try {
                String name = path.isEmpty() ? "start"
                        : path.replace(base.toString(), "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
                phone.checkAccessibilityAndCapture(page, "320-" + name);
            } catch (AssertionError e) {
                problems.add(e.getMessage()); // every page is visited, so one run names every problem
            }
        }
    }

    /** The address of the first link on the page at {@code path} matching {@code selector}. */
    private String firstLink(Page page, String path, String selector) {
        page.navigate(base + path);
        Locator link = page.locator(selector).first();
        assertTrue(link.count() > 0, "no link " + selector + " on /" + path);
        return link.evaluate("link => link.href").toString();
    }
}

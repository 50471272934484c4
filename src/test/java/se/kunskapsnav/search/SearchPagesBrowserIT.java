package se.kunskapsnav.search;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import se.kunskapsnav.testsupport.PortalPagesTestBase;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Searching as people do: from the box in every page's header, narrowing by type, paging, sorting, a
 * misspelling that gets "Menade du …?", a quoted phrase, input that means nothing to a search engine, far too
 * long input and a hand-edited address, suggestions while typing, and a phone-sized screen. An editor's new
 * material becomes searchable within seconds; an administrator rebuilds the index while search keeps
 * answering, and nobody else reaches that page. Every page visited gets an axe-core WCAG 2.1 AA scan.
 * Assertions rely on the demo content (courses, networks, the web course, national materials, counties) and on
 * this test's own material, never on counts that other tests sharing the database could change.
 */
class SearchPagesBrowserIT extends PortalPagesTestBase {

    private static final DateTimeFormatter SWEDISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("sv"));
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final String EDITOR = "redaktor.stockholm@demo.kunskapsnav.se";
    private static final String ADMIN = "admin@demo.kunskapsnav.se";
    /** How long a commit may take to become searchable here (the indexer follows within about a second). */
    private static final long INDEX_WAIT_MS = 30_000;

    @Test
    void aVisitorSearchesFromTheHeaderNarrowsPagesAndSorts() {
        Page page = browser.newIsolatedPage();
        List<String> scriptProblems = watchSearchScripts(page);
        awaitSearchable(page, "våld", 11);

        page.navigate(base.toString());
        assertThat(page.locator("header form[role=search] label[for=sok-falt]")).hasText("Sök");
        browser.checkAccessibilityAndCapture(page, "sok-01-start-med-sokruta");
        page.fill("#sok-falt", "våld");
        page.press("#sok-falt", "Enter");
        page.waitForURL("**/sok?q=v%C3%A5ld");
        assertThat(page.locator("h1")).hasText("Sök");
        assertThat(page).hasTitle("Sökresultat för ”våld” – Kunskapsnav");
        assertThat(page.locator("#sokord")).hasValue("våld");
        long total = hitCount(page);
        assertTrue(total > 10, "demo content has more than a page about våld: " + total);
        assertThat(page.locator("#antalTraffar")).hasText(Pattern.compile("^\\d[\\d\\s\\u00a0]* träffar\\s*$"));
        assertThat(page.locator("#traffar > li")).hasCount(10);
        assertTrue(page.locator("#traffar .hit-snippet mark").count() > 0, "the words found are marked");
        assertTrue(page.locator("#traffar .hit-snippet mark").first().innerText().toLowerCase(Locale.ROOT)
                .startsWith("våld"));
        // several kinds of hits in one list, each saying what it is
        List<String> kinds = page.locator("#traffar .hit-type").allInnerTexts();
        assertTrue(kinds.stream().distinct().count() > 1, "mixed hits: " + kinds);
        browser.checkAccessibilityAndCapture(page, "sok-02-traffar");

        narrowByType(page, total);
        pageThroughTheHits(page);
        sortByDate(page);
        assertEquals(List.of(), scriptProblems, "the pages' scripts load under the Content-Security-Policy");
        page.context().close();
    }

    private void narrowByType(Page page, long total) {
        Locator courses = page.locator("#filter-typ a[data-code=kurs]");
        long courseCount = leadingNumber(courses.locator(".facet-count").innerText());
        assertTrue(courseCount > 0 && courseCount < total, courseCount + " of " + total);
        courses.click();
        page.waitForURL(url -> url.contains("typ=kurs"));
        assertEquals(courseCount, hitCount(page), "the facet said how many courses there are");
        page.locator("#traffar .hit-type").allInnerTexts().forEach(kind -> assertEquals("Kurs", kind));
        Locator chosen = page.locator("#filter-typ a[aria-current=true]");
        assertThat(chosen).hasCount(1);
        assertThat(chosen).containsText("Kurser");
        assertThat(chosen).containsText("Ta bort filter");
        // the other types are still offered, with their counts
        assertTrue(page.locator("#filter-typ a:not([aria-current])").count() > 0);
        browser.checkAccessibilityAndCapture(page, "sok-03-bara-kurser");

        chosen.click();
        page.waitForURL(url -> !url.contains("typ="));
        assertEquals(total, hitCount(page));
        assertThat(page.locator("#filter-typ a[aria-current=true]")).hasCount(0);
    }

    private void pageThroughTheHits(Page page) {
        String firstOnPageOne = page.locator("#traffar > li h3").first().innerText();
        Locator pager = page.locator("nav#sidor");
        assertThat(pager).hasAttribute("aria-label", "Sidor med träffar");
        assertThat(pager.locator("a[aria-current=page]")).hasText("Sida 1");
        page.click("#nasta");
        page.waitForURL(url -> url.contains("sida=2"));
        assertTrue(page.url().contains("q=v%C3%A5ld"), page.url());
        assertThat(page.locator("nav#sidor a[aria-current=page]")).hasText("Sida 2");
        assertNotEquals(firstOnPageOne, page.locator("#traffar > li h3").first().innerText());
        assertThat(page.locator("#foregaende")).isVisible();
        // choosing a filter starts again from the first page
        assertFalse(page.locator("#filter-typ a").first().getAttribute("href").contains("sida="));
        browser.checkAccessibilityAndCapture(page, "sok-04-sida-2");
        page.click("#foregaende");
        page.waitForURL(url -> !url.contains("sida="));
        assertEquals(firstOnPageOne, page.locator("#traffar > li h3").first().innerText());
    }

    private void sortByDate(Page page) {
        assertThat(page.locator("#sortera-relevans")).hasAttribute("aria-current", "true");
        page.click("#sortera-datum");
        page.waitForURL(url -> url.contains("sortering=datum"));
        assertThat(page.locator("#sortera-datum")).hasAttribute("aria-current", "true");
        List<LocalDate> dates = page.locator("#traffar .hit-date").allInnerTexts().stream()
                .map(text -> LocalDate.parse(text, SWEDISH_DATE)).toList();
        assertTrue(dates.size() > 1, "dated hits: " + dates);
        List<LocalDate> newestFirst = new ArrayList<>(dates);
        newestFirst.sort(Comparator.reverseOrder());
        assertEquals(newestFirst, dates);
        browser.checkAccessibilityAndCapture(page, "sok-05-nyast-forst");
    }

    @Test
    void misspellingsPhrasesAndNonsenseGetAHelpfulAnswerNeverAnError() {
        Page page = browser.newIsolatedPage();
        awaitSearchable(page, "våld", 1);

        // a misspelling: "Menade du …?" leads to hits
        search(page, "vlåd");
        Locator didYouMean = page.locator("#menadeDu a");
        assertThat(didYouMean).hasText("våld");
        assertThat(page.locator("#menadeDu")).hasText("Menade du våld?");
        browser.checkAccessibilityAndCapture(page, "sok-06-menade-du");
        didYouMean.click();
        page.waitForURL(url -> url.contains("q=v%C3%A5ld"));
        assertTrue(hitCount(page) > 0);

        // a quoted phrase finds the words together
        search(page, "\"hedersrelaterat våld\"");
        assertThat(page.locator("#sokord")).hasValue("\"hedersrelaterat våld\"");
        long phrase = hitCount(page);
        assertTrue(phrase > 0);
        assertThat(page.locator("#traffar > li").first()).containsText("edersrelaterat våld");
        search(page, "\"våld hedersrelaterat\"");
        assertTrue(hitCount(page) < phrase || page.locator("#sokmeddelanden").innerText().contains("några av dem"),
                "the words in another order are not the phrase");
        browser.checkAccessibilityAndCapture(page, "sok-07-fras");

        // what means nothing to the search is left out with a notice, never an error
        for (String nonsense : List.of("\"", "AND", "*", "våld AND", "(((", "\\")) {
            Response response = search(page, nonsense);
            assertEquals(200, response.status(), nonsense);
            assertThat(page.locator("h1")).hasText("Sök");
            assertThat(page.locator("#sokmeddelanden")).containsText("betyder inget här");
        }
        browser.checkAccessibilityAndCapture(page, "sok-08-tecken-som-inte-betyder-nagot");

        // far too long: cut at 500 characters, with a notice
        search(page, "våld ".repeat(120));
        assertThat(page.locator("#sokmeddelanden")).containsText("längre än 500 tecken");
        assertTrue(hitCount(page) > 0);
        assertTrue(page.locator("#sokord").inputValue().length() <= 500);

        // nothing typed: everything, newest first, with a notice
        page.navigate(base + "sok");
        assertThat(page.locator("#sokmeddelanden")).containsText("Här visas allt, det senaste först.");
        assertTrue(hitCount(page) > 0);
        assertThat(page.locator("#sortering")).hasCount(0);
        browser.checkAccessibilityAndCapture(page, "sok-09-tom-sokning");

        // nothing found: tips, and a way out of the filters
        Response none = page.navigate(base + "sok?q=zqxwvyk&typ=kurs");
        assertEquals(200, none.status());
        assertThat(page.locator("#antalTraffar")).hasText("Inga träffar");
        assertThat(page.locator("#ingaTraffar")).containsText("Vi hittade inget som matchar ”zqxwvyk”.");
        assertThat(page.locator("#ingaTraffar")).containsText("Kontrollera stavningen.");
        assertThat(page.locator("#utanFilter")).hasAttribute("href", base.getPath() + "sok?q=zqxwvyk");
        browser.checkAccessibilityAndCapture(page, "sok-10-inga-traffar");

        // a hand-edited address: what the search cannot use is dropped, the rest searched
        Response edited = page.navigate(base + "sok?q=v%C3%A5ld&typ=okand&sortering=storst&sida=abc&ar=1&lan=01");
        assertEquals(200, edited.status());
        assertThat(page.locator("h1")).hasText("Sök");
        assertTrue(hitCount(page) > 0);
        assertThat(page.locator("#filter-lan a[aria-current=true][data-code='01']")).hasCount(1);
        Response pastTheEnd = page.navigate(base + "sok?q=v%C3%A5ld&sida=9999");
        assertEquals(200, pastTheEnd.status());
        assertTrue(page.locator("#traffar > li").count() > 0, "the last page is shown instead");
        page.context().close();
    }

    @Test
    void suggestionsAppearWhileTypingAndAPhoneGetsAUsableHeader() {
        Page page = browser.newIsolatedPage();
        List<String> scriptProblems = watchSearchScripts(page);
        awaitSearchable(page, "hedersrelaterat", 1);
        page.navigate(base + "kurser");
        page.locator("#sok-falt").pressSequentially("heders", new Locator.PressSequentiallyOptions().setDelay(40));
        Locator options = page.locator("#sok-forslag option");
        // on a slow machine the list may still show the answer to a shorter text typed before: wait for "heders"
        page.waitForCondition(() -> Boolean.TRUE.equals(options.evaluateAll(
                "all => all.length > 0 && all.every(o => o.value.toLowerCase().includes('heder'))")));
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < options.count(); i++) {
            titles.add(options.nth(i).getAttribute("value"));
        }
        assertTrue(titles.contains("Hedersrelaterat våld och förtryck"), titles.toString());
        titles.forEach(title -> assertTrue(title.toLowerCase(Locale.ROOT).contains("heder"), title));
        // one letter is too little to suggest anything
        page.fill("#sok-falt", "h");
        page.waitForCondition(() -> options.count() == 0);

        // choosing a suggestion puts its title in the box, and searching finds it
        page.fill("#sok-falt", "Hedersrelaterat våld och förtryck");
        page.click("header .site-search-button");
        page.waitForURL(url -> url.contains("/sok?q="));
        assertThat(page.locator("#traffar > li h3 a").first()).hasText("Hedersrelaterat våld och förtryck");
        assertEquals(List.of(), scriptProblems);

        // a phone: the header and the page fit the screen without sideways scrolling
        Page phone = browser.newIsolatedPage();
        phone.setViewportSize(375, 812);
        phone.navigate(base + "sok?q=v%C3%A5ld");
        // a link opened in a new browser (no session yet) is read as UTF-8 too
        assertThat(phone.locator("#sokord")).hasValue("våld");
        assertTrue(hitCount(phone) > 10);
        assertThat(phone.locator("#sok-falt")).isVisible();
        assertThat(phone.locator("header .site-search-button")).isVisible();
        assertTrue((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"),
                "no sideways scrolling");
        browser.checkAccessibilityAndCapture(phone, "sok-11-mobil");
        phone.context().close();
        page.context().close();
    }

    @Test
    void aNewMaterialIsSoonFoundAndTheAdministratorRebuildsTheIndex() {
        String word = "sokprov" + Long.toString(System.nanoTime(), 36);
        String title = "Stödmaterial " + word;
        Page editor = browser.loggedInAsDemo(base, EDITOR);
        editor.navigate(base + "admin/material/ny");
        editor.fill("[id='material:title']", title);
        editor.fill("[id='material:summary']", "Om att fråga om våld, <em>inte HTML</em> och " + word + ".");
        editor.selectOption("[id='material:type']", "checklista");
        editor.fill("[id='material:externalUrl']", "https://www.example.se/" + word);
        editor.click("[id='material:spara']");
        assertThat(editor.locator(".page-messages")).containsText("Materialet är skapat.");
        // an editor has no index page in the menu and may not open it
        assertThat(editor.locator("header a[href$='/admin/sok']")).hasCount(0);
        Response forEditor = editor.navigate(base + "admin/sok");
        assertEquals(403, forEditor.status());
        assertThat(editor.locator("h1")).hasText("Du har inte behörighet");
        editor.context().close();

        Page visitor = browser.newIsolatedPage();
        awaitSearchable(visitor, word, 1);
        Locator hit = visitor.locator("#traffar > li").first();
        assertThat(hit.locator("h3 a")).hasText(title);
        assertThat(hit.locator(".hit-type")).hasText("Material");
        assertThat(hit.locator(".hit-counties")).hasText("Stockholms län");
        assertThat(hit.locator(".hit-date")).hasText(SWEDISH_DATE.format(LocalDate.now(SWEDEN)));
        // the summary's text is shown as text: what looks like HTML is not HTML
        assertThat(hit.locator(".hit-snippet")).containsText("<em>inte HTML</em>");
        assertThat(hit.locator(".hit-snippet em")).hasCount(0);
        assertThat(hit.locator(".hit-snippet mark")).hasText(word);
        hit.locator("h3 a").click();
        assertThat(visitor.locator("#materialnamn")).hasText(title);

        // an anonymous visitor is asked to log in
        visitor.navigate(base + "admin/sok");
        assertTrue(visitor.url().contains("/logga-in"), visitor.url());

        Page admin = browser.loggedInAsDemo(base, ADMIN);
        admin.click("header .admin-menu summary");
        admin.click("header a[href$='/admin/sok']");
        admin.waitForURL("**/admin/sok");
        assertThat(admin.locator("h1")).hasText("Sökindex");
        assertTrue(leadingNumber(admin.locator("#dokument").innerText()) > 300, "counties, municipalities and more");
        assertThat(admin.locator("#position")).containsText(" av ");
        assertThat(admin.locator("#indexstatus")).hasAttribute("aria-live", "polite");
        browser.checkAccessibilityAndCapture(admin, "sok-12-sokindex");

        admin.click("[id='ombygge:byggOm']");
        assertThat(admin.locator(".page-messages")).containsText(
                "Ombyggnaden har startat. Sökningen använder det gamla indexet tills den är klar.");
        // search answers while the rebuild runs
        search(visitor, word);
        assertTrue(hitCount(visitor) > 0);
        // a small index may be rebuilt before the page shows; when it is not, the page shows its progress
        boolean shownRunning = admin.locator("progress#ombyggnad").count() > 0;
        if (shownRunning) {
            assertThat(admin.locator("#ombyggnadstext")).containsText(" dokument (");
            assertThat(admin.locator("#uppdatera")).hasText("Uppdatera");
            browser.checkAccessibilityAndCapture(admin, "sok-13-ombyggnad-pagar");
        }
        // the page's script follows the rebuild to its end (without script, the "Uppdatera" link would)
        waitUntil(() -> admin.locator("#indexstatus[data-rebuilding=true]").count() == 0, "the rebuild finishes");
        assertThat(admin.locator("#senasteOmbyggnad")).containsText("Klar ");
        if (shownRunning) {
            // the page was not reloaded: the message shown once after the button is still there
            assertThat(admin.locator(".page-messages")).containsText("Ombyggnaden har startat.");
        }
        assertThat(admin.locator("progress#ombyggnad")).hasCount(0);
        browser.checkAccessibilityAndCapture(admin, "sok-14-ombyggnad-klar");
        search(visitor, word);
        assertTrue(hitCount(visitor) > 0, "the rebuilt index has the new material");
        admin.context().close();
        visitor.context().close();
    }

    // ---- helpers

    /** Searches by address, as the page's own form does. */
    private Response search(Page page, String text) {
        return page.navigate(base + "sok?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
    }

    /** Polls until a search for {@code text} has at least {@code atLeast} hits: indexing follows commits. */
    private void awaitSearchable(Page page, String text, int atLeast) {
        waitUntil(() -> {
            search(page, text);
            return hitCount(page) >= atLeast;
        }, "a search for " + text + " has " + atLeast + " hits");
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        long until = System.currentTimeMillis() + INDEX_WAIT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                fail("waited " + INDEX_WAIT_MS + " ms until " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static long hitCount(Page page) {
        page.waitForLoadState(LoadState.DOMCONTENTLOADED);
        String heading = page.locator("#antalTraffar").innerText();
        return heading.startsWith("Inga") ? 0 : leadingNumber(heading);
    }

    /** The number a text starts with, read past the non-breaking spaces that group Swedish thousands. */
    private static long leadingNumber(String text) {
        StringBuilder digits = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (Character.isDigit(c)) {
                digits.append(c);
            } else if (!Character.isSpaceChar(c)) {
                break;
            }
        }
        return Long.parseLong(digits.toString());
    }

    /**
     * What goes wrong with the search scripts: not served, refused by the Content-Security-Policy (the console
     * names the script) or failing when run.
     */
    private static List<String> watchSearchScripts(Page page) {
        List<String> problems = new ArrayList<>();
        Predicate<String> ours = text -> text.contains("/js/search-");
        page.onResponse(response -> {
            if (ours.test(response.url()) && response.status() != 200) {
                problems.add(response.status() + " " + response.url());
            }
        });
        page.onConsoleMessage(message -> {
            if (ours.test(message.text()) || ours.test(message.location())) {
                problems.add(message.text() + " at " + message.location());
            }
        });
        page.onPageError(problems::add);
        return problems;
    }
}

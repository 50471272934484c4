package se.kunskapsnav.testsupport;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import se.kunskapsnav.accounts.DemoAccounts;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Headless system Chromium driven by Playwright, for browser tests. Every page a test looks at is
 * checked with axe-core against WCAG 2.1 A and AA, and saved as a screenshot when {@code screenshots.dir} is set.
 * One Chromium serves the whole test run; each {@code Browser} is a set of browser contexts in it (cookies,
 * storage and viewport of their own), all closed by {@link #close()}.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static com.microsoft.playwright.Browser chromium;

    private final int viewportWidth;
    private final int viewportHeight;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final BrowserContext context;
    /** Where to save screenshots ({@code -Dscreenshots.dir=target/screenshots}); none unless asked for. */
    private final String screenshots = System.getProperty("screenshots.dir", "");

    public Browser(int viewportWidth, int viewportHeight) {
        this.viewportWidth = viewportWidth;
        this.viewportHeight = viewportHeight;
        context = newContext(viewportWidth, viewportHeight);
    }

    /** The run's Chromium, started on first use and stopped when the test JVM exits. */
    private static synchronized com.microsoft.playwright.Browser chromium() {
        if (chromium == null) {
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                    .setHeadless(true)
                    // --no-sandbox: CI runs as root; the rest keeps Chromium off the (closed) network
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return chromium;
    }

    private BrowserContext newContext(int width, int height) {
        BrowserContext created = chromium().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setLocale("sv-SE"));
        // a busy two-core machine can take longer than Playwright's 30 s for a full-page screenshot
        created.setDefaultTimeout(90_000);
        created.setDefaultNavigationTimeout(90_000);
        contexts.add(created);
        return created;
    }

    /** A page in the shared context: pages share cookies, so a login holds across them. */
    public Page newPage() {
        return context.newPage();
    }

    /** A page with cookies of its own, for a second person in the same test. */
    public Page newIsolatedPage() {
        return newContext(viewportWidth, viewportHeight).newPage();
    }

    /** Fails on any WCAG 2.1 A/AA violation axe finds on the page, and saves a screenshot named {@code name} if asked. */
    public void checkAccessibilityAndCapture(Page page, String name) {
        // legacy mode runs axe in the page itself; the default opens a new page per scan to join the results of
        // frames, which the portal's pages have none of, and that doubled the time of the 320 px walk
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).setLegacyMode(true).analyze();
        String violations = results.getViolations().stream()
                .map(Browser::describe)
                .collect(Collectors.joining("\n"));
        if (!screenshots.isBlank()) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(screenshots, name + ".png")).setFullPage(true));
        }
        assertEquals("", violations, "axe-core found WCAG 2.1 AA violations on " + page.url());
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " ("
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "))
                + ")";
    }

    /** A page of its own, logged in as a demo account (whose password they all share) on {@code /mina-uppgifter}. */
    public Page loggedInAsDemo(URL base, String email) {
        Page page = newIsolatedPage();
        page.navigate(base + "logga-in");
        submitLogin(page, email, DemoAccounts.PASSWORD);
        page.waitForURL("**/mina-uppgifter");
        return page;
    }

    /** Fills in and sends the login form on the page it is showing. */
    public static void submitLogin(Page page, String email, String password) {
        page.fill("[id='inloggning:email']", email);
        page.fill("[id='inloggning:password']", password);
        page.click("[id='inloggning:loggaIn']");
    }

    @Override
    public void close() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }
}

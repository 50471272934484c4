package se.kunskapsnav.geography.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kunskapsnav.testsupport.Browser;
import se.kunskapsnav.testsupport.Deployments;
import se.kunskapsnav.testsupport.TestDatabase;

import java.net.URL;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A visitor finds their county from the start page, in a real browser, on a desktop and on a phone. */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CountyPagesBrowserIT {

    private Browser desktop;
    private Browser phone;

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void openBrowsers() {
        desktop = new Browser(1280, 900);
        phone = new Browser(375, 740);
    }

    @AfterEach
    void closeBrowsers() {
        desktop.close();
        phone.close();
    }

    @Test
    void fromTheStartPageToACountyAndItsMunicipalities() {
        Page page = desktop.newPage();
        page.navigate(base.toString());
        assertEquals("sv", page.locator("html").getAttribute("lang"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Välkommen till Kunskapsnav");
        assertThat(page.locator("main .county-grid li")).hasCount(21);
        desktop.checkAccessibilityAndCapture(page, "01-start");

        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Län"))
                .click();
        assertTrue(page.url().endsWith("/lan"), page.url());
        Locator rows = page.locator("#lanstabell tbody tr");
        assertThat(rows).hasCount(21);
        assertThat(rows.first()).containsText("Stockholms län");
        assertThat(rows.first().locator("td.number")).hasText("26");
        desktop.checkAccessibilityAndCapture(page, "02-lan");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stockholms län")).click();
        assertTrue(page.url().endsWith("/lan/AB"), page.url());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Stockholms län");
        assertThat(page.locator("#region")).hasText("Region Stockholm");
        assertThat(page.locator("#kommunlista li")).hasCount(26);
        assertThat(page.locator("#kommunlista li").first()).containsText("Botkyrka");
        assertThat(page.locator("#kommunlista")).containsText("Södertälje");
        assertTrue(page.title().startsWith("Stockholms län"), page.title());
        desktop.checkAccessibilityAndCapture(page, "03-lan-stockholm");
    }

    @Test
    void countyNumberWorksLikeItsLetters() {
        Page page = desktop.newPage();
        page.navigate(base + "lan/09");
        assertThat(page.locator("h1")).hasText("Gotlands län");
        assertThat(page.locator("#kommunlista li")).hasCount(1);
        assertThat(page.locator("main")).containsText("Region Gotland är både region och kommun.");
        desktop.checkAccessibilityAndCapture(page, "04-lan-gotland");
    }

    @Test
    void unknownCountyShowsTheSwedishNotFoundPageInTheLayout() {
        Page page = desktop.newPage();
        Response response = page.navigate(base + "lan/XX");
        assertEquals(404, response.status());
        assertThat(page.locator("h1")).hasText("Sidan finns inte");
        assertThat(page.getByRole(AriaRole.NAVIGATION)).isVisible();
        assertTrue(!page.content().contains("Exception"), "no stack trace in the page");
        desktop.checkAccessibilityAndCapture(page, "05-hittades-inte");
    }

    @Test
    void skipLinkIsTheFirstThingTheKeyboardReaches() {
        Page page = desktop.newPage();
        page.navigate(base + "lan");
        page.keyboard().press("Tab");
        Locator focused = page.locator(":focus");
        assertThat(focused).hasText("Hoppa till innehållet");
        assertThat(focused).isVisible();
        page.keyboard().press("Enter");
        assertEquals("innehall", page.evaluate("document.activeElement.id"));
    }

    @Test
    void pagesFitAPhoneScreen() {
        Page page = phone.newPage();
        for (String path : new String[] {"", "lan", "lan/O"}) {
            page.navigate(base + path);
            Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
            assertEquals(0, ((Number) overflow).intValue(), "horizontal scrolling on a phone at /" + path);
        }
        assertThat(page.locator("#kommunlista li")).hasCount(49);
        phone.checkAccessibilityAndCapture(page, "06-telefon-vastra-gotaland");
    }
}

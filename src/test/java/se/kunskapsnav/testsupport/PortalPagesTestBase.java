package se.kunskapsnav.testsupport;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every browser test of the portal's pages shares: the shared deployment against the test database,
 * tested from outside as a browser would, and desktop-sized browser contexts of the run's Chromium, new for
 * each test.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class PortalPagesTestBase {

    /** {@code kunskapsnav.base.url} of the server under test (arquillian.xml): a name that never resolves. */
    protected static final String CONFIGURED_BASE_URL = "https://kunskapsnav.test";

    protected Browser browser;

    @ArquillianResource
    protected URL base;

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    /** A link the portal wrote (it starts with the configured base URL), opened on the server under test. */
    protected String onTestServer(String link) {
        assertTrue(link.startsWith(CONFIGURED_BASE_URL + "/"), link);
        return base + link.substring(CONFIGURED_BASE_URL.length() + 1);
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser(1280, 900);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}

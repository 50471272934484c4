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

/**
 * What every browser test of the portal's pages shares: the shared deployment against the test database,
 * tested from outside as a browser would, and desktop-sized browser contexts of the run's Chromium, new for
 * each test.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class PortalPagesTestBase {

    protected Browser browser;

    @ArquillianResource
    protected URL base;

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
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

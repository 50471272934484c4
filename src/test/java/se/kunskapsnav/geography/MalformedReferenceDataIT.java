package se.kunskapsnav.geography;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kunskapsnav.testsupport.Deployments;
import se.kunskapsnav.testsupport.ExpectedServerFailure;
import se.kunskapsnav.testsupport.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A start-up with a malformed reference file: the portal refuses to start and nothing from the files
 * reaches the database, not even the valid lines before the bad one.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
@ExpectedServerFailure("the portal refuses to start on malformed reference data")
class MalformedReferenceDataIT {

    // Payara Micro logs "Kunskapsnav cannot start: ... municipalities.csv:3: ..." and deploys nothing;
    // this adapter does not report that as a DeploymentException, so the test looks at the effects.
    @Deployment(testable = false)
    static WebArchive deployment() {
        Path content = malformedContent();
        return Deployments.portal().addAsResource(new StringAsset(
                        "kunskapsnav.content.dir=" + content + "\n"),
                "META-INF/microprofile-config.properties");
    }

    @ArquillianResource
    URL base;

    @Test
    void thePortalDoesNotAnswer() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, health.statusCode());
    }

    @Test
    void nothingFromTheMalformedFilesIsStored() throws SQLException {
        // Flyway runs before the reference data, so the table exists even when this class runs first
        try (Connection connection = DriverManager.getConnection(TestDatabase.get().jdbcUrl(), "kunskapsnav", "");
             ResultSet rows = connection.createStatement().executeQuery(
                     "select count(*) from municipality where name = 'Väsby'")) {
            rows.next();
            assertFalse(rows.getInt(1) > 0, "a line of the malformed files reached the database");
        }
    }

    /** The repository's reference files with 0114 renamed on line 2 and a broken line after it. */
    private static Path malformedContent() {
        try {
            Path dir = Files.createTempDirectory("kunskapsnav-malformed").resolve("reference");
            Files.createDirectories(dir);
            Path source = Path.of(System.getProperty("project.root"), "content", "reference");
            for (String name : new String[] {"counties.csv", "regions.csv"}) {
                Files.copy(source.resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
            String municipalities = Files.readString(source.resolve("municipalities.csv"))
                    .replace("0114,Upplands Väsby,01,,", "0114,Väsby,01,,")
                    .replace("0115,Vallentuna,01,,", "0115,Vallentuna,03,,");
            Files.writeString(dir.resolve("municipalities.csv"), municipalities);
            return dir.getParent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

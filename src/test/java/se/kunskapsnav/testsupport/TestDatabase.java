package se.kunskapsnav.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Starts the integration tests' MariaDB before Arquillian boots Payara, once per test run, on an empty
 * data directory. Register it before {@code ArquillianExtension}. Inside the server (in-container
 * tests) it does nothing: failsafe sets {@code it.db.port} only in the client JVM.
 */
public class TestDatabase implements BeforeAllCallback {

    private static EmbeddedMariaDb database;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (System.getProperty("it.db.port") != null) {
            get();
        }
    }

    /** The running test database, so a test can stop and start it. */
    public static synchronized EmbeddedMariaDb get() {
        if (database == null) {
            Path dir = Path.of(System.getProperty("it.db.dir"));
            deleteTree(dir);
            // the file store and the search index belong with the database: a fresh database needs them empty
            deleteTree(Path.of(System.getProperty("it.files.dir")));
            deleteTree(Path.of(System.getProperty("it.search.dir")));
            // a test that stops the database expects the server to log failures meanwhile
            database = new EmbeddedMariaDb(Integer.parseInt(System.getProperty("it.db.port")), dir,
                    ServerLogCheck::databaseStopping, ServerLogCheck::databaseStarted);
            database.start();
            Runtime.getRuntime().addShutdownHook(new Thread(database::stop));
        }
        return database;
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

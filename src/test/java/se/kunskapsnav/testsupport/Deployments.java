package se.kunskapsnav.testsupport;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import se.kunskapsnav.accounts.CountingPasswords;
import se.kunskapsnav.accounts.TestAccounts;
import se.kunskapsnav.geography.EverySecondJob;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Integration tests deploy the WAR that {@code mvn package} built: what runs in production is what is tested.
 * Test classes share one deployment, and so one Payara Micro boot per run ({@link #shared()}); a class whose
 * server must differ (broken reference data, a benchmark) deploys {@link #portal()} with its changes and gets
 * a server of its own.
 */
public final class Deployments {

    /** The entry that tells {@link PayaraInstances} a deployment is the shared one. */
    static final String SHARED_MARKER = "WEB-INF/kunskapsnav-shared-test-deployment";

    private Deployments() {
    }

    /** The built WAR with the test helpers that run inside the server; its own Payara Micro. */
    public static WebArchive portal() {
        return ShrinkWrap.create(ZipImporter.class, "kunskapsnav.war")
                .importFrom(new File(System.getProperty("kunskapsnav.war")))
                .as(WebArchive.class)
                .addClasses(TestDatabase.class, Deployments.class, Mailbox.class, Api.class, CrossCountyWrites.class,
                        StaleEdits.class, SampleFiles.class, TestAccounts.class);
    }

    /**
     * The run's one deployment, for every test class that can share it: the built WAR with every in-container
     * test class of the run, since whichever class comes first deploys it for all. Client-side classes deploy it
     * too and are marked {@link RunAsClient}, so that in-container classes find Arquillian's protocol in it.
     */
    public static WebArchive shared() {
        // the helpers in-container classes bring: none changes what the portal does
        WebArchive war = portal().add(EmptyAsset.INSTANCE, SHARED_MARKER)
                .addClasses(SamplePdfs.class, CountingPasswords.class, EverySecondJob.class);
        try (Stream<Path> files = Files.walk(testClasses())) {
            files.map(Deployments::className)
                    .filter(name -> name.endsWith("IT"))
                    .map(Deployments::load)
                    .filter(Deployments::runsInContainer)
                    .forEach(war::addClass);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return war;
    }

    static boolean isShared(Archive<?> archive) {
        return archive.contains(SHARED_MARKER);
    }

    private static boolean runsInContainer(Class<?> testClass) {
        return !testClass.isAnnotationPresent(RunAsClient.class) && Arrays.stream(testClass.getDeclaredMethods())
                .map(method -> method.getAnnotation(Deployment.class))
                .anyMatch(deployment -> deployment != null && deployment.testable());
    }

    private static Path testClasses() {
        return Path.of(System.getProperty("it.test.classes", "target/test-classes"));
    }

    private static String className(Path file) {
        String relative = testClasses().relativize(file).toString();
        return relative.endsWith(".class") && !relative.contains("$")
                ? relative.substring(0, relative.length() - ".class".length()).replace(File.separatorChar, '.')
                : "";
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Deployments.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

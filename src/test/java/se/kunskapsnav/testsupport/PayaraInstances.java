package se.kunskapsnav.testsupport;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The Payara Micro instances of an integration-test run, in place of the adapter's one instance per deployment.
 * Every test class that deploys {@link Deployments#shared()} uses the same instance, booted by the first of
 * them and stopped when the run ends; any other deployment boots an instance of its own, stopped after its
 * class, as the adapter does. The instances are started by Arquillian's Payara Micro adapter, each also
 * writing its log to a file that {@link ServerLogCheck} reads.
 */
public class PayaraInstances implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private static final String LOG_PROPERTIES_OPTION = "--logproperties";

    private PayaraMicroContainerConfiguration configuration;
    private PayaraMicroDeployableContainer shared;
    private Archive<?> sharedArchive;
    private ProtocolMetaData sharedMetaData;
    private final Map<Archive<?>, PayaraMicroDeployableContainer> own = new IdentityHashMap<>();

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return PayaraMicroContainerConfiguration.class;
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new PayaraMicroDeployableContainer().getDefaultProtocol();
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (!Deployments.isShared(archive)) {
            PayaraMicroDeployableContainer instance = new PayaraMicroDeployableContainer();
            ProtocolMetaData metaData = boot(instance, archive, ServerLogCheck.ownServerLog());
            own.put(archive, instance);
            return metaData;
        }
        if (sharedMetaData == null) {
            PayaraMicroDeployableContainer instance = new PayaraMicroDeployableContainer();
            // a failed boot leaves nothing shared behind, so the next class tries again
            sharedMetaData = boot(instance, archive, ServerLogCheck.sharedServerLog());
            shared = instance;
            sharedArchive = archive;
        }
        return sharedMetaData;
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        PayaraMicroDeployableContainer instance = own.remove(archive);
        if (instance != null) {
            instance.undeploy(archive);
        }
    }

    /** Arquillian stops its containers when the run ends: the shared instance goes with them. */
    @Override
    public void stop() {
        if (shared != null) {
            try {
                shared.undeploy(sharedArchive);
            } catch (DeploymentException e) {
                throw new IllegalStateException("The shared Payara Micro did not stop", e);
            }
            shared = null;
            sharedMetaData = null;
        }
    }

    /** Starts {@code instance} with {@code archive}, its log also going to {@code logFile}. */
    private ProtocolMetaData boot(PayaraMicroDeployableContainer instance, Archive<?> archive, Path logFile)
            throws DeploymentException {
        String options = configuration.getExtraMicroOptions();
        configuration.setExtraMicroOptions(withLogFile(options, logFile));
        try {
            instance.setup(configuration);
            return instance.deploy(archive);
        } finally {
            configuration.setExtraMicroOptions(options);
        }
    }

    /**
     * The options with the {@code --logproperties} file replaced by a copy whose handlers also write to
     * {@code logFile}, in the same format as the console.
     */
    private static String withLogFile(String options, Path logFile) {
        // split as the adapter does: on spaces that are not escaped ones inside a path
        List<String> words = new ArrayList<>(Arrays.asList(options.split("(?<!\\\\) ")));
        int option = words.indexOf(LOG_PROPERTIES_OPTION);
        if (option < 0 || option + 1 >= words.size()) {
            throw new IllegalStateException("arquillian.xml must give Payara Micro " + LOG_PROPERTIES_OPTION
                    + " <file> in extraMicroOptions, so that the tests can read its log");
        }
        Properties logging = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(words.get(option + 1).replace("\\ ", " ")),
                StandardCharsets.ISO_8859_1)) {
            logging.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String handlers = logging.getProperty("handlers", "").trim();
        logging.setProperty("handlers", (handlers.isEmpty() ? "" : handlers + ", ") + "java.util.logging.FileHandler");
        logging.setProperty("java.util.logging.FileHandler.pattern", logFile.toString().replace("%", "%%"));
        logging.setProperty("java.util.logging.FileHandler.formatter", "java.util.logging.SimpleFormatter");
        logging.setProperty("java.util.logging.FileHandler.encoding", "UTF-8");
        logging.setProperty("java.util.logging.FileHandler.limit", "0");
        logging.setProperty("java.util.logging.FileHandler.append", "false");
        Path copy = logFile.resolveSibling(logFile.getFileName() + ".properties");
        try (Writer out = Files.newBufferedWriter(copy, StandardCharsets.ISO_8859_1)) {
            logging.store(out, "Written by PayaraInstances: the test logging.properties plus a log file");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        words.set(option + 1, copy.toString().replace(" ", "\\ "));
        return String.join(" ", words);
    }
}

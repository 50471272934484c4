package se.kunskapsnav.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortalLauncherTest {

    /** What makes a library more than plain Java to the container: its deployment must read such a jar. */
    private static final List<String> COMPONENT_MARKS = List.of("META-INF/beans.xml", "META-INF/web-fragment.xml",
            "META-INF/faces-config.xml", "META-INF/services/jakarta.servlet.ServletContainerInitializer",
            "META-INF/services/jakarta.enterprise.inject.spi.Extension",
            "META-INF/services/jakarta.ws.rs.ext.RuntimeDelegate");

    @Test
    void theDeploymentSkipsOnlyTheListedLibrariesAndForgetsEarlierOnes(@TempDir Path webapp) throws IOException {
        Path lib = Files.createDirectories(webapp.resolve("WEB-INF/lib"));
        Files.createFile(lib.resolve("poi-5.5.1.jar"));
        Files.createFile(lib.resolve("lucene-core-10.6.0.jar"));
        Files.createFile(lib.resolve("primefaces-15.0.13-jakarta.jar"));
        Files.createDirectory(webapp.resolve("WEB-INF__lib__lucene-core-9.0.0_jar")); // an older version's

        PortalLauncher.skipScanningPlainLibraries(webapp);

        assertTrue(Files.isDirectory(webapp.resolve("WEB-INF__lib__poi-5.5.1_jar")));
        assertTrue(Files.isDirectory(webapp.resolve("WEB-INF__lib__lucene-core-10.6.0_jar")));
        assertFalse(Files.exists(webapp.resolve("WEB-INF__lib__primefaces-15.0.13-jakarta_jar")),
                "PrimeFaces brings Faces components: its classes must be read");
        assertFalse(Files.exists(webapp.resolve("WEB-INF__lib__lucene-core-9.0.0_jar")));
        assertEquals(3, lib.toFile().list().length, "the libraries themselves stay");
    }

    @Test
    void noUnscannedLibraryOnTheClassPathBringsAComponent() throws IOException {
        List<String> prefixes = PortalLauncher.unscannedLibraries();
        List<String> checked = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (!name.endsWith(".jar") || prefixes.stream().noneMatch(name::startsWith)) {
                continue;
            }
            try (JarFile jar = new JarFile(entry)) {
                for (String mark : COMPONENT_MARKS) {
                    assertTrue(jar.getEntry(mark) == null, name + " holds " + mark + ": it must be scanned");
                }
            }
            checked.add(name);
        }
        assertTrue(checked.stream().anyMatch(name -> name.startsWith("poi-ooxml-full-")), checked.toString());
    }
}

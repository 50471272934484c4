package se.kunskapsnav.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads files of the repository's {@code content/} folder: the copy packaged in the WAR, or a directory
 * named by {@link PortalConfig#CONTENT_DIR} so content can change without a rebuild.
 */
@ApplicationScoped
public class ContentSource {

    @Inject
    PortalConfig config;

    /** The text of a content file, e.g. {@code reference/counties.csv}. */
    public String read(String relativePath) {
        try {
            if (config.contentDir().isPresent()) {
                return Files.readString(Path.of(config.contentDir().get(), relativePath), StandardCharsets.UTF_8);
            }
            try (InputStream in = ContentSource.class.getClassLoader().getResourceAsStream("content/" + relativePath)) {
                if (in == null) {
                    throw new IllegalStateException("Content file missing from the application: content/" + relativePath);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read content file " + relativePath, e);
        }
    }
}

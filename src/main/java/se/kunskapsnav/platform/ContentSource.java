package se.kunskapsnav.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

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
        return find(relativePath).orElseThrow(() -> new IllegalStateException(
                "Content file missing from the application: content/" + relativePath));
    }

    /** The text of a content file, or empty when there is no such file. */
    public Optional<String> find(String relativePath) {
        try {
            if (config.contentDir().isPresent()) {
                Path file = Path.of(config.contentDir().get(), relativePath);
                return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                        : Optional.empty();
            }
            try (InputStream in = ContentSource.class.getClassLoader().getResourceAsStream("content/" + relativePath)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read content file " + relativePath, e);
        }
    }
}

package se.kunskapsnav.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Every configuration key the application reads, with defaults in
 * {@code META-INF/microprofile-config.properties}. MicroProfile Config lets an environment variable
 * override each key: {@code kunskapsnav.db.url} becomes {@code KUNSKAPSNAV_DB_URL}.
 */
@ApplicationScoped
public class PortalConfig {

    /** JDBC URL of the MariaDB database (read by the data source definition). */
    public static final String DB_URL = "kunskapsnav.db.url";
    /** Database user (read by the data source definition). */
    public static final String DB_USER = "kunskapsnav.db.user";
    /** Database password (read by the data source definition). */
    public static final String DB_PASSWORD = "kunskapsnav.db.password";
    /** A directory to read content/ from instead of the copy packaged in the WAR. */
    public static final String CONTENT_DIR = "kunskapsnav.content.dir";

    @Inject
    @ConfigProperty(name = CONTENT_DIR)
    Optional<String> contentDir;

    public Optional<String> contentDir() {
        return contentDir.filter(dir -> !dir.isBlank());
    }
}

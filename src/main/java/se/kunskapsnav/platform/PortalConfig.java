package se.kunskapsnav.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
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
    /** Demo mode: demo accounts, and the portal's own SMTP server when none is configured. */
    public static final String DEMO = "kunskapsnav.demo";
    public static final String SMTP_HOST = "kunskapsnav.smtp.host";
    public static final String SMTP_PORT = "kunskapsnav.smtp.port";
    public static final String SMTP_USER = "kunskapsnav.smtp.user";
    public static final String SMTP_PASSWORD = "kunskapsnav.smtp.password";
    public static final String SMTP_STARTTLS = "kunskapsnav.smtp.starttls";
    /** The sender of the portal's mail. */
    public static final String MAIL_FROM = "kunskapsnav.mail.from";
    /**
     * The portal's public address, the start of every absolute link it writes (mail, calendars, invitation
     * links). Never taken from a request: its Host header is whatever the sender chose.
     */
    public static final String BASE_URL = "kunskapsnav.base.url";
    /** The directory of the file store (uploaded materials), outside the web root. */
    public static final String FILES_DIR = "kunskapsnav.files.dir";
    /** The directory of the search index (derived from the database, rebuilt when missing). */
    public static final String SEARCH_DIR = "kunskapsnav.search.dir";
    /** The largest file an editor may upload, in megabytes. */
    public static final String MAX_UPLOAD_MB = "kunskapsnav.upload.max-mb";
    /**
     * The administrators' address: reports of accessibility problems go there, and the pages about the portal
     * name it for questions and for using one's rights over personal data.
     */
    public static final String CONTACT_EMAIL = "kunskapsnav.contact.email";
    /** Months an account may stay unused before the retention job erases it. */
    public static final String RETENTION_MONTHS = "kunskapsnav.retention.months";
    /**
     * The secret the reach figures' record keys are made with (the cell key method, docs/small-counts.md): at
     * least 32 characters, the same on every instance, never in the repository. Demo mode has its own.
     */
    public static final String REACH_KEY_SECRET = "kunskapsnav.reach.key-secret";

    @Inject
    @ConfigProperty(name = CONTENT_DIR)
    Optional<String> contentDir;

    @Inject
    @ConfigProperty(name = DEMO, defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = SMTP_HOST)
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = SMTP_PORT, defaultValue = "587")
    int smtpPort;

    @Inject
    @ConfigProperty(name = SMTP_USER)
    Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = SMTP_PASSWORD)
    Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = SMTP_STARTTLS, defaultValue = "true")
    boolean smtpStartTls;

    @Inject
    @ConfigProperty(name = MAIL_FROM, defaultValue = "Kunskapsnav <noreply@kunskapsnav.localhost>")
    String mailFrom;

    @Inject
    @ConfigProperty(name = CONTACT_EMAIL, defaultValue = "kunskapsnav@lansstyrelsen.se")
    String contactEmail;

    @Inject
    @ConfigProperty(name = RETENTION_MONTHS, defaultValue = "24")
    int retentionMonths;

    @Inject
    @ConfigProperty(name = FILES_DIR, defaultValue = "data/files")
    String filesDir;

    @Inject
    @ConfigProperty(name = SEARCH_DIR, defaultValue = "data/search")
    String searchDir;

    @Inject
    @ConfigProperty(name = MAX_UPLOAD_MB, defaultValue = "50")
    int maxUploadMegabytes;

    @Inject
    @ConfigProperty(name = BASE_URL, defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = REACH_KEY_SECRET)
    Optional<String> reachKeySecret;

    public Optional<String> contentDir() {
        return nonBlank(contentDir);
    }

    public boolean demo() {
        return demo;
    }

    public Optional<String> smtpHost() {
        return nonBlank(smtpHost);
    }

    public int smtpPort() {
        return smtpPort;
    }

    public Optional<String> smtpUser() {
        return nonBlank(smtpUser);
    }

    public Optional<String> smtpPassword() {
        return smtpPassword;
    }

    public boolean smtpStartTls() {
        return smtpStartTls;
    }

    public String mailFrom() {
        return mailFrom;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public int retentionMonths() {
        return retentionMonths;
    }

    /** Relative to the working directory unless absolute. */
    public Path filesDir() {
        return Path.of(filesDir);
    }

    public Path searchDir() {
        return Path.of(searchDir);
    }

    public long maxUploadBytes() {
        return maxUploadMegabytes * 1024L * 1024L;
    }

    public Optional<String> reachKeySecret() {
        return nonBlank(reachKeySecret);
    }

    private static Optional<String> nonBlank(Optional<String> value) {
        return value.filter(v -> !v.isBlank());
    }

    /** Without a trailing slash, e.g. {@code https://kunskapsnav.se}. */
    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The host name of the public address, e.g. {@code kunskapsnav.se}: the domain of calendar event UIDs. */
    public String baseHost() {
        return baseUrl().replaceFirst("^https?://", "").replaceAll("[:/].*$", "");
    }
}

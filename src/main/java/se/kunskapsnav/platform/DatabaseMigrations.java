package se.kunskapsnav.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;

/**
 * The schema, owned by Flyway: versioned migrations in {@code db/migration}, then the repeatable ones
 * ({@code R__…}, the participation views), applied before anything else runs.
 */
@ApplicationScoped
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    /**
     * The versions that created the participation views until the views moved to
     * {@code R__participation_views.sql}: their files changed, so a database migrated before has other checksums
     * for them. That difference alone is realigned (Flyway's repair); any other stops the start as before.
     */
    static final List<String> VIEWS_MOVED_OUT = List.of("8", "10", "13");

    static final String LOCK = "kunskapsnav-migrations";
    static final int LOCK_WAIT_SECONDS = 600;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    /**
     * Migrates under a named lock on the database server, so instances starting at once migrate one after
     * another: Flyway's own lock is a row lock on a Galera node, which its DDL releases (flyway#4271), and the
     * checksum realignment runs outside it. MariaDB allows the lock on a Galera node since 10.11.4 (MDEV-31325);
     * it holds there because every instance writes through the same node (the sequential URL).
     */
    public void migrate() {
        try (Connection lock = dataSource.getConnection()) {
            if (!namedLock(lock, "select get_lock(?, " + LOCK_WAIT_SECONDS + ")")) {
                throw new IllegalStateException("Another instance has been migrating the database for "
                        + LOCK_WAIT_SECONDS + " s; start again when it has finished");
            }
            try {
                migrate(configuration().load());
            } finally {
                namedLock(lock, "select release_lock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The migrations' lock could not be taken: " + e.getMessage(), e);
        }
    }

    private static boolean namedLock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        }
    }

    public MigrationInfoService info() {
        return configuration().load().info();
    }

    /** Flyway as the portal runs it on its data source; a test may point it at another schema. */
    public FluentConfiguration configuration() {
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true);
    }

    /** Migrates, first realigning the checksums of the migrations whose views moved out, if that is all. */
    public static void migrate(Flyway flyway) {
        ValidateResult validation = flyway.validateWithResult();
        if (!validation.validationSuccessful && onlyMovedViewsDiffer(validation.invalidMigrations)) {
            LOG.info("Realigning the checksums of migrations " + VIEWS_MOVED_OUT
                    + ": their views are now in R__participation_views.sql");
            flyway.repair();
        }
        flyway.migrate();
    }

    /** At least one checksum differs, only in the migrations the views left; the rest is merely pending. */
    static boolean onlyMovedViewsDiffer(List<ValidateOutput> invalid) {
        boolean moved = false;
        for (ValidateOutput migration : invalid) {
            var code = migration.errorDetails == null ? null : migration.errorDetails.errorCode;
            if (code == CoreErrorCode.CHECKSUM_MISMATCH && VIEWS_MOVED_OUT.contains(migration.version)) {
                moved = true;
            } else if (code != CoreErrorCode.RESOLVED_REPEATABLE_MIGRATION_NOT_APPLIED
                    && code != CoreErrorCode.RESOLVED_VERSIONED_MIGRATION_NOT_APPLIED) {
                return false;
            }
        }
        return moved;
    }
}

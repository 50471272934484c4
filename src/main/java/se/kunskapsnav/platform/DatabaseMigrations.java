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

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    public void migrate() {
        migrate(configuration().load());
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

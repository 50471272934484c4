package se.kunskapsnav.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;

import javax.sql.DataSource;

/** The schema, owned by Flyway: migrations in {@code db/migration}, applied before anything else runs. */
@ApplicationScoped
public class DatabaseMigrations {

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    public void migrate() {
        flyway().migrate();
    }

    public MigrationInfoService info() {
        return flyway().info();
    }

    private Flyway flyway() {
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
    }
}

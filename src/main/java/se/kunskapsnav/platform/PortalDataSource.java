package se.kunskapsnav.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;

/**
 * The application's one connection pool. Payara resolves the {@code MPCONFIG} references when it
 * deploys the application, so the database is chosen by configuration (see {@link PortalConfig}).
 * <p>
 * Transactions run at READ COMMITTED, not InnoDB's default REPEATABLE READ: InnoDB then takes no gap locks
 * (only the duplicate-key and foreign-key checks still do), a statement that writes what it reads from other
 * tables ({@code INSERT … SELECT}, an {@code UPDATE} with a subquery) reads them without locking, and a count
 * made after locking a row (a course's seats) sees everything committed before the lock was granted. The
 * gap locks are what made concurrent registrations deadlock; nothing here relies on one transaction reading
 * one snapshot in several statements (see "Capacity in the database" in docs/architecture.md).
 * <p>
 * The pool runs local transactions, not XA ({@link LocalTransactionDataSource}), so that it works on a MariaDB
 * Galera cluster too; the URL may be a Connector/J failover URL naming several nodes (docs/operations.md).
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "se.kunskapsnav.platform.LocalTransactionDataSource",
        url = "${MPCONFIG=" + PortalConfig.DB_URL + "}",
        user = "${MPCONFIG=" + PortalConfig.DB_USER + "}",
        password = "${MPCONFIG=" + PortalConfig.DB_PASSWORD + "}",
        minPoolSize = 2,
        maxPoolSize = 32,
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        properties = {
                // a pooled connection whose server went away is dropped instead of handed out
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
                "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class PortalDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/kunskapsnav";
}

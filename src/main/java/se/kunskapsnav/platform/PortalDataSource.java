package se.kunskapsnav.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one connection pool. Payara resolves the {@code MPCONFIG} references when it
 * deploys the application, so the database is chosen by configuration (see {@link PortalConfig}).
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=" + PortalConfig.DB_URL + "}",
        user = "${MPCONFIG=" + PortalConfig.DB_USER + "}",
        password = "${MPCONFIG=" + PortalConfig.DB_PASSWORD + "}",
        minPoolSize = 2,
        maxPoolSize = 32,
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

package se.kunskapsnav.platform;

import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * Connector/J's data source as a plain {@link DataSource}, for {@link PortalDataSource}. Payara picks a pool's
 * transaction type from the interfaces of its class: {@code MariaDbDataSource} is also an {@code XADataSource},
 * so every transaction ran as XA, which a MariaDB Galera node refuses ("XA transactions with Galera replication"
 * are not supported). Through this class the pool runs local transactions, all the portal needs with one
 * database. (A pool on {@code org.mariadb.jdbc.Driver} would do too, but Payara loads a driver class from its
 * own class path, not from the application's.) Payara sets {@code url}, {@code user} and {@code password}.
 */
public class LocalTransactionDataSource implements DataSource {

    private final MariaDbDataSource mariaDb = new MariaDbDataSource();

    public void setUrl(String url) throws SQLException {
        mariaDb.setUrl(url);
    }

    public void setUser(String user) throws SQLException {
        mariaDb.setUser(user);
    }

    public void setPassword(String password) throws SQLException {
        mariaDb.setPassword(password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return mariaDb.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return mariaDb.getConnection(user, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return mariaDb.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        mariaDb.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        mariaDb.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return mariaDb.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return mariaDb.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : mariaDb.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || mariaDb.isWrapperFor(type);
    }
}

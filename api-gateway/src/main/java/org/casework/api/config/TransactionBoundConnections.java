package org.casework.api.config;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.casework.api.database.DatabaseOutage;
import org.springframework.jdbc.datasource.DataSourceUtils;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Axon's JDBC connections from Spring's data source, as Axon's own Spring provider gives them (commit and close left
 * to a Spring transaction that owns the connection), and inside a {@link RequestTransaction} rollback too: Axon's
 * unit of work would otherwise roll back the whole JDBC transaction when one command fails, and with it everything
 * the request wrote before.
 */
final class TransactionBoundConnections implements ConnectionProvider {

    private final DataSource dataSource;

    TransactionBoundConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = DataSourceUtils.doGetConnection(dataSource);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    boolean inTransaction = DataSourceUtils.isConnectionTransactional(connection, dataSource);
                    boolean inRequestTransaction = inTransaction && RequestTransaction.isOpen();
                    switch (method.getName()) {
                        case "close" -> {
                            DataSourceUtils.releaseConnection(connection, dataSource);
                            return null;
                        }
                        case "commit" -> {
                            if (!inTransaction) {
                                connection.commit();
                            }
                            return null;
                        }
                        case "rollback" -> {
                            if (args != null || !inRequestTransaction) {
                                invoke(connection, method, args);
                            }
                            return null;
                        }
                        default -> {
                            return invoke(connection, method, args);
                        }
                    }
                });
    }

    private static Object invoke(Connection connection, java.lang.reflect.Method method, Object[] args)
            throws Throwable {
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            // a driver's assertion on a connection that broke under it is an outage, not an Error that would end
            // an event processor's work package without a word
            if (e.getCause() instanceof Error error && DatabaseOutage.isCauseOf(error)) {
                throw new SQLTransientConnectionException("the database connection broke", "08006", error);
            }
            throw e.getCause();
        }
    }
}

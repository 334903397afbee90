package org.casework.api.database;

import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

/**
 * Recognises a failure that means "the database cannot be reached", however deeply Spring, Hibernate or Axon wrap
 * it: such a request is answered 503 with {@code Retry-After}, never 500.
 */
public final class DatabaseOutage {

    /** How long a caller is asked to wait: about the time the embedded database needs to be started again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private DatabaseOutage() {
    }

    public static boolean isCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException
                    || t instanceof SQLException sql && (unreachable(sql.getSQLState()) || evictedByPool(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * HikariCP's "Connection is closed" (no SQLSTATE): the pool took the connection away after it broke, i.e. the
     * first failure of this request was the lost database.
     */
    private static boolean evictedByPool(SQLException e) {
        StackTraceElement[] trace = e.getStackTrace();
        return e.getSQLState() == null && trace.length > 0 && trace[0].getClassName().startsWith("com.zaxxer.hikari.");
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P01-57P03 (server shut down, crashed, not accepting connections
     * yet).
     */
    private static boolean unreachable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01")
                || sqlState.equals("57P02") || sqlState.equals("57P03"));
    }
}

package org.casework.api.config;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.casework.api.database.DatabaseOutage;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.TransactionSystemException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * Axon's units of work in their own transaction, or, inside a {@link RequestTransaction} (an idempotent POST), in a
 * JDBC savepoint of it: a refused or conflicting command then rolls back only its own writes and the request's
 * transaction stays usable. Hibernate's dialect offers no savepoints, so they are taken on the JDBC connection,
 * which is what the command side writes through (events, file access, deadlines).
 */
final class SavepointTransactionManager implements TransactionManager {

    private final TransactionManager ownTransactions;
    private final DataSource dataSource;

    SavepointTransactionManager(TransactionManager ownTransactions, DataSource dataSource) {
        this.ownTransactions = ownTransactions;
        this.dataSource = dataSource;
    }

    @Override
    public Transaction startTransaction() {
        if (!RequestTransaction.isOpen()) {
            return outagesAsExceptions(ownTransactions.startTransaction());
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Savepoint savepoint = call(connection::setSavepoint);
        return new Transaction() {
            @Override
            public void commit() {
                call(() -> {
                    connection.releaseSavepoint(savepoint);
                    return null;
                });
            }

            @Override
            public void rollback() {
                call(() -> {
                    connection.rollback(savepoint);
                    return null;
                });
            }
        };
    }

    /**
     * An {@link Error} raised by a commit or rollback (a driver's assertion on a connection that broke) would end an
     * event processor's work package without a word, since Axon catches only exceptions there; it is reported as an
     * exception instead, an outage as one. A {@link VirtualMachineError} stays what it is.
     */
    private static Transaction outagesAsExceptions(Transaction transaction) {
        return new Transaction() {
            @Override
            public void commit() {
                unlessOutage(transaction::commit);
            }

            @Override
            public void rollback() {
                unlessOutage(transaction::rollback);
            }
        };
    }

    private static void unlessOutage(Runnable step) {
        try {
            step.run();
        } catch (Error error) {
            if (error instanceof VirtualMachineError) {
                throw error;
            }
            if (DatabaseOutage.isCauseOf(error)) {
                throw new DataAccessResourceFailureException("The database was lost at the end of a transaction",
                        error);
            }
            throw new TransactionSystemException("The end of a transaction failed with " + error.getClass().getName(),
                    error);
        }
    }

    private static <T> T call(SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new TransactionSystemException("savepoint failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T run() throws SQLException;
    }
}

package org.casework.api.config;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Marks the transaction a request opened around its commands (an idempotent POST). Only inside it do Axon's units
 * of work take savepoints and leave the rollback to Spring; everywhere else (event processors, dead letters,
 * deadlines) Axon handles its transactions as it always does.
 */
public final class RequestTransaction {

    private static final Object KEY = RequestTransaction.class;

    private RequestTransaction() {
    }

    /** Call inside the request's transaction, before its commands; undone by {@link #end()}. */
    public static void begin() {
        TransactionSynchronizationManager.bindResource(KEY, Boolean.TRUE);
    }

    public static void end() {
        TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
    }

    static boolean isOpen() {
        return TransactionSynchronizationManager.hasResource(KEY)
                && TransactionSynchronizationManager.isActualTransactionActive();
    }
}

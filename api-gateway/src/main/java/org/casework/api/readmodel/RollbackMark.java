package org.casework.api.readmodel;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.resource.transaction.backend.jdbc.internal.JdbcResourceLocalTransactionCoordinatorImpl;
import org.hibernate.resource.transaction.spi.TransactionCoordinator;
import org.hibernate.resource.transaction.spi.TransactionStatus;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Hibernate marks its transaction rollback-only on any exception that passes through the session (ExceptionConverter),
 * and then silently rolls back at commit, savepoint or not; it has no call to take the mark back. After a rollback to
 * a savepoint the work since is undone and the transaction is sound again, so the mark is cleared here, in this one
 * place. {@link #check()} fails the start-up if a Hibernate upgrade moves the flag (the dead-letter tests would too).
 */
final class RollbackMark {

    private static final Class<?> DRIVER = JdbcResourceLocalTransactionCoordinatorImpl.TransactionDriverControlImpl.class;
    private static final VarHandle ROLLBACK_ONLY = rollbackOnly();

    private RollbackMark() {
    }

    static void check() {
        // loading the class resolves the flag
    }

    static void clear(EntityManager entityManager) {
        TransactionCoordinator coordinator = entityManager.unwrap(SessionImplementor.class).getTransactionCoordinator();
        TransactionCoordinator.TransactionDriver driver = coordinator.getTransactionDriverControl();
        if (DRIVER.isInstance(driver) && driver.getStatus() == TransactionStatus.MARKED_ROLLBACK) {
            ROLLBACK_ONLY.set(driver, false);
        }
    }

    private static VarHandle rollbackOnly() {
        try {
            return MethodHandles.privateLookupIn(DRIVER, MethodHandles.lookup())
                    .findVarHandle(DRIVER, "rollbackOnly", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Hibernate's rollback-only flag moved; see RollbackMark", e);
        }
    }
}

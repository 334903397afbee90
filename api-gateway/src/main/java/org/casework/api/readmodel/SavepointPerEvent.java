package org.casework.api.readmodel;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.casework.api.database.DatabaseOutage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * Each event a dead-lettered processor handles is applied in a savepoint of the batch's transaction, and each of its
 * handlers flushes before it returns. So a row PostgreSQL refuses fails inside the handler, where Axon's
 * dead-lettering invoker sees it (not at commit, for the whole batch), and rolling back to the savepoint undoes only
 * that event, in every read model of the processor (the handlers that applied it before the failing one are undone
 * too, so a retry applies it once everywhere): the transaction stays usable for the dead letter, the other events of
 * the batch and the token. The failure is passed on as {@link EventNotApplied}, which carries no values.
 */
final class SavepointPerEvent implements HandlerEnhancerDefinition {

    /** Read models live in the query side; policies (which send commands) in the command side keep durable commits. */
    private static final String READ_MODELS = "org.casework.query";
    private static final Object ASYNC_COMMIT = new Object();
    /** The savepoint of the event whose handlers run now; the next event's first handler releases it. */
    private static final Object EVENT_SAVEPOINT = new Object();

    private record EventSavepoint(String eventId, int number) {

        String name() {
            return "casework_event_" + number;
        }
    }

    private final Set<String> processingGroups;
    private final ObjectProvider<DataSource> dataSources;
    private final ObjectProvider<EntityManagerFactory> entityManagers;

    SavepointPerEvent(Set<String> processingGroups, ObjectProvider<DataSource> dataSources,
                      ObjectProvider<EntityManagerFactory> entityManagers) {
        this.processingGroups = Set.copyOf(processingGroups);
        this.dataSources = dataSources;
        this.entityManagers = entityManagers;
        RollbackMark.check();
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        ProcessingGroup group = original.declaringClass().getAnnotation(ProcessingGroup.class);
        if (group == null || !processingGroups.contains(group.value())
                || !original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        boolean readModel = original.declaringClass().getPackageName().startsWith(READ_MODELS);
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                return inSavepoint(message.getIdentifier(), () -> super.handle(message, target), readModel);
            }
        };
    }

    private interface Handling {
        Object run() throws Exception;
    }

    private Object inSavepoint(String eventId, Handling handling, boolean readModel) throws Exception {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return handling.run(); // a file rebuilt in memory (as of a past day)
        }
        // the batch transaction's connection, which the entity manager, the token store and the dead letters share;
        // Spring's JPA dialect for Hibernate offers no savepoints, JDBC does
        Connection connection = DataSourceUtils.getConnection(dataSources.getObject());
        String savepoint = savepointOf(eventId, connection, readModel);
        try {
            Object result = handling.run();
            EntityManager entityManager = entityManager();
            if (entityManager != null) {
                entityManager.flush();
            }
            return result;
        } catch (Exception failure) {
            if (DatabaseOutage.isCauseOf(failure)) {
                throw failure; // not the event's fault: the batch fails and is tried again when the database is back
            }
            execute(connection, "rollback to savepoint " + savepoint);
            clearRollbackMarks();
            throw EventNotApplied.of(failure);
        }
    }

    /**
     * The event's savepoint: the one its first handler set, else a new one, set in the same round trip that releases
     * the previous event's (and, for a read model's first event, turns off waiting for the disk: see below). Each
     * round trip an event costs is felt under load, when the batch waits for a busy PostgreSQL on every statement.
     */
    private static String savepointOf(String eventId, Connection connection, boolean readModel)
            throws SQLException {
        EventSavepoint current = TransactionSynchronizationManager.getResource(EVENT_SAVEPOINT)
                instanceof EventSavepoint bound ? bound : null;
        if (current != null && current.eventId().equals(eventId)) {
            return current.name();
        }
        StringBuilder statements = new StringBuilder();
        if (readModel && !TransactionSynchronizationManager.hasResource(ASYNC_COMMIT)) {
            statements.append(commitWithoutWaitingForTheDisk()).append("; ");
        }
        if (current == null) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(EVENT_SAVEPOINT);
                }
            });
        } else {
            statements.append("release savepoint ").append(current.name()).append("; ");
            TransactionSynchronizationManager.unbindResource(EVENT_SAVEPOINT);
        }
        EventSavepoint next = new EventSavepoint(eventId, current == null ? 1 : current.number() + 1);
        execute(connection, statements.append("savepoint ").append(next.name()).toString());
        TransactionSynchronizationManager.bindResource(EVENT_SAVEPOINT, next);
        return next.name();
    }

    private static void execute(Connection connection, String statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(statements);
        }
    }

    /**
     * A read model's batch commits without waiting for its write-ahead log to reach the disk ({@code
     * synchronous_commit} off for this transaction only; before the first savepoint, which would undo it). A crash
     * may lose the last few such commits, each with the token that names its events, so the read model simply
     * applies them again; what it loses is derived from the event store, whose own commits still wait for the disk.
     * So live processing costs the writers no flushes.
     */
    private static String commitWithoutWaitingForTheDisk() {
        TransactionSynchronizationManager.bindResource(ASYNC_COMMIT, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(ASYNC_COMMIT);
            }
        });
        return "set local synchronous_commit to off";
    }

    /** The work since the savepoint is undone; nothing of it may keep the batch from committing. */
    private void clearRollbackMarks() {
        EntityManager entityManager = entityManager();
        if (entityManager != null) {
            // what the failed flush left in the persistence context is not in the database any more
            entityManager.clear();
            RollbackMark.clear(entityManager);
            if (TransactionSynchronizationManager.getResource(entityManagers.getObject())
                    instanceof EntityManagerHolder holder) {
                holder.resetRollbackOnly();
            }
        }
        if (TransactionSynchronizationManager.getResource(dataSources.getObject())
                instanceof ConnectionHolder holder) {
            holder.resetRollbackOnly();
        }
    }

    private EntityManager entityManager() {
        EntityManagerFactory factory = entityManagers.getIfAvailable();
        return factory == null ? null : EntityManagerFactoryUtils.getTransactionalEntityManager(factory);
    }
}

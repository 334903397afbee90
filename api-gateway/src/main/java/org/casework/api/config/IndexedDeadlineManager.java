package org.casework.api.config;

import jakarta.annotation.Nonnull;
import org.axonframework.common.Registration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Axon's db-scheduler deadline manager with an index of each aggregate's deadlines ({@code deadline_scope}). Its own
 * "cancel all of this name in this scope" reads and deserialises every scheduled deadline of the service to find a
 * file's few: with 130,000 pending no-contact checks, one consultation that disproves an entry took seconds. Here it
 * looks the file's deadlines up in the index and deletes them by key, in the command's transaction.
 * <p>
 * The index is written where a deadline is scheduled, in the same transaction as the deadline itself. A row whose
 * deadline has run stays until the next deadline of that name is scheduled in that file. A deadline that is running
 * right now ({@code picked}) is not cancelled: it decides from the file's facts when it runs, as a regular check does.
 * Deadlines scheduled before the index existed are not in it: a cancel misses them, they run on their day, decide from
 * the facts, and the check they schedule next is indexed.
 */
final class IndexedDeadlineManager implements DeadlineManager {

    /** db-scheduler's task name for all of Axon's deadlines ({@code DbSchedulerDeadlineToken}). */
    static final String AXON_TASK = "AxonDeadline";

    private final DeadlineManager delegate;
    private final JdbcTemplate jdbc;

    IndexedDeadlineManager(DeadlineManager delegate, JdbcTemplate jdbc) {
        this.delegate = delegate;
        this.jdbc = jdbc;
    }

    @Override
    public String schedule(@Nonnull Instant triggerDateTime, @Nonnull String deadlineName, Object messageOrPayload,
                           @Nonnull ScopeDescriptor deadlineScope) {
        return indexed(deadlineScope, deadlineName,
                () -> delegate.schedule(triggerDateTime, deadlineName, messageOrPayload, deadlineScope));
    }

    @Override
    public String schedule(@Nonnull Duration triggerDuration, @Nonnull String deadlineName, Object messageOrPayload,
                           @Nonnull ScopeDescriptor deadlineScope) {
        return indexed(deadlineScope, deadlineName,
                () -> delegate.schedule(triggerDuration, deadlineName, messageOrPayload, deadlineScope));
    }

    @Override
    public void cancelSchedule(@Nonnull String deadlineName, @Nonnull String scheduleId) {
        delegate.cancelSchedule(deadlineName, scheduleId);
        onPrepareCommitOrNow(() -> jdbc.update("delete from deadline_scope where deadline_id = ?", scheduleId));
    }

    @Override
    public void cancelAll(@Nonnull String deadlineName) {
        delegate.cancelAll(deadlineName);
        onPrepareCommitOrNow(() -> jdbc.update("delete from deadline_scope where deadline_name = ?", deadlineName));
    }

    @Override
    public void cancelAllWithinScope(@Nonnull String deadlineName, @Nonnull ScopeDescriptor scope) {
        if (!(scope instanceof AggregateScopeDescriptor aggregate)) {
            delegate.cancelAllWithinScope(deadlineName, scope);
            return;
        }
        onPrepareCommitOrNow(() -> jdbc.queryForList(
                        "delete from deadline_scope where scope = ? and deadline_name = ? returning deadline_id",
                        String.class, key(aggregate), deadlineName)
                .forEach(id -> jdbc.update(
                        "delete from scheduled_tasks where task_name = ? and task_instance = ? and not picked",
                        AXON_TASK, id)));
    }

    /**
     * Schedules through Axon and records the deadline in its file's index, after clearing the rows of that file's
     * deadlines of this name that have run. The delegate writes its task on prepare-commit; so does the index, in the
     * order of the calls, so a cancel after a schedule in one command still finds the task.
     */
    private String indexed(ScopeDescriptor scope, String deadlineName, Supplier<String> schedule) {
        String id = schedule.get();
        if (scope instanceof AggregateScopeDescriptor aggregate) {
            onPrepareCommitOrNow(() -> {
                String key = key(aggregate);
                jdbc.update("""
                        delete from deadline_scope d where d.scope = ? and d.deadline_name = ?
                           and not exists (select 1 from scheduled_tasks t
                                            where t.task_name = ? and t.task_instance = d.deadline_id)""",
                        key, deadlineName, AXON_TASK);
                jdbc.update("insert into deadline_scope (deadline_id, scope, deadline_name) values (?, ?, ?)",
                        id, key, deadlineName);
            });
        }
        return id;
    }

    private static void onPrepareCommitOrNow(Runnable task) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().onPrepareCommit(unitOfWork -> task.run());
        } else {
            task.run();
        }
    }

    @Override
    public void shutdown() {
        delegate.shutdown();
    }

    @Override
    public @Nonnull Registration registerDispatchInterceptor(
            @Nonnull MessageDispatchInterceptor<? super DeadlineMessage<?>> dispatchInterceptor) {
        return delegate.registerDispatchInterceptor(dispatchInterceptor);
    }

    @Override
    public @Nonnull Registration registerHandlerInterceptor(
            @Nonnull MessageHandlerInterceptor<? super DeadlineMessage<?>> handlerInterceptor) {
        return delegate.registerHandlerInterceptor(handlerInterceptor);
    }

    /**
     * "Client:uuid". Read when the unit of work commits, as Axon reads it: in a creation handler the aggregate has
     * no identifier yet when it schedules its first deadline. Other scopes (sagas) are not indexed.
     */
    static String key(AggregateScopeDescriptor scope) {
        return scope.getType() + ":" + scope.getIdentifier();
    }
}

package org.casework.api.config;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.casework.api.support.ApiTest;
import org.casework.command.status.NoContactRule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A file's deadlines are found through the index: a cancel touches that file's of that name and nothing else. */
class IndexedDeadlineManagerTest extends ApiTest {

    private static final LocalDate DUE = TODAY.plusYears(1);
    private static final Instant LATER = DUE.atStartOfDay(ZoneId.of("Europe/Prague")).toInstant();

    @Autowired
    private DeadlineManager deadlines;
    @Autowired
    private TransactionManager transactionManager;

    private final AggregateScopeDescriptor one = new AggregateScopeDescriptor("Client", UUID.randomUUID());
    private final AggregateScopeDescriptor other = new AggregateScopeDescriptor("Client", UUID.randomUUID());

    @Test
    void cancellingAFilesChecksLeavesOtherFilesAndOtherDeadlinesOfTheSameFile() {
        String check = schedule(NoContactRule.DEADLINE, one);
        String otherName = schedule("contract-expires", one);
        String otherFile = schedule(NoContactRule.DEADLINE, other);

        deadlines.cancelAllWithinScope(NoContactRule.DEADLINE, one);

        assertThat(scheduled(check, otherName, otherFile)).containsExactlyInAnyOrder(otherName, otherFile);
        assertThat(indexed(one)).containsExactly(otherName);
        assertThat(indexed(other)).containsExactly(otherFile);
    }

    @Test
    void aDeadlineThatIsRunningNowIsNotCancelled() {
        String running = schedule(NoContactRule.DEADLINE, one);
        jdbc.update("update scheduled_tasks set picked = true where task_instance = ?", running);

        deadlines.cancelAllWithinScope(NoContactRule.DEADLINE, one);

        assertThat(scheduled(running)).containsExactly(running);
    }

    @Test
    void theRowOfADeadlineThatHasRunIsClearedWhenTheFileSchedulesItsNext() {
        String ran = schedule(NoContactRule.DEADLINE, one);
        jdbc.update("delete from scheduled_tasks where task_instance = ?", ran); // what db-scheduler does after a run
        String kept = schedule("contract-expires", one);
        jdbc.update("delete from scheduled_tasks where task_instance = ?", kept);

        String next = schedule(NoContactRule.DEADLINE, one);

        assertThat(indexed(one)).containsExactlyInAnyOrder(next, kept);
    }

    @Test
    void inOneCommandACancelFindsTheCheckScheduledBeforeIt() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactionManager);
        String first = schedule(NoContactRule.DEADLINE, one);
        deadlines.cancelAllWithinScope(NoContactRule.DEADLINE, one);
        String second = schedule(NoContactRule.DEADLINE, one);
        unitOfWork.commit();

        assertThat(scheduled(first, second)).containsExactly(second);
        assertThat(indexed(one)).containsExactly(second);
    }

    @Test
    void aCommandThatFailsLeavesNeitherTheDeadlineNorItsRow() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactionManager);
        String undone = schedule(NoContactRule.DEADLINE, one);
        unitOfWork.onPrepareCommit(u -> {
            throw new IllegalStateException("the event store refused the events");
        });
        try {
            unitOfWork.commit();
        } catch (IllegalStateException expected) {
            // rolled back
        }

        assertThat(scheduled(undone)).isEmpty();
        assertThat(indexed(one)).isEmpty();
    }

    private String schedule(String name, AggregateScopeDescriptor scope) {
        return deadlines.schedule(LATER, name, new NoContactRule.Check(DUE), scope);
    }

    private List<String> scheduled(String... ids) {
        return jdbc.queryForList("select task_instance from scheduled_tasks where task_name = 'AxonDeadline' "
                + "and task_instance = any (?)", String.class, (Object) ids);
    }

    private List<String> indexed(AggregateScopeDescriptor scope) {
        return jdbc.queryForList("select deadline_id from deadline_scope where scope = ?", String.class,
                IndexedDeadlineManager.key(scope));
    }
}

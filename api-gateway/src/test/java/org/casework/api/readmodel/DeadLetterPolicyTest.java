package org.casework.api.readmodel;

import org.axonframework.common.lock.DeadlockException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What becomes a dead letter: an event a handler cannot apply does; a passing conflict of a policy's command (a
 * deadlock Axon broke, a lost concurrent write) does not: the batch fails and is tried again, its locks released.
 */
class DeadLetterPolicyTest {

    private final EnqueuePolicy<EventMessage<?>> policy = DeadLetterConfiguration.policy("family-automation");
    private final GenericDeadLetter<EventMessage<?>> letter =
            new GenericDeadLetter<>("a-file", GenericEventMessage.asEventMessage("an event"));

    @Test
    void aDeadlockBetweenTwoCommandsIsTriedAgainRatherThanDeadLettered() {
        RuntimeException deadlock = new IllegalStateException("command failed",
                new DeadlockException("An imminent deadlock was detected"));
        assertThatThrownBy(() -> policy.decide(letter, deadlock)).isSameAs(deadlock);
    }

    @Test
    void aLostConcurrentWriteIsTriedAgainRatherThanDeadLettered() {
        ConcurrencyException conflict = new ConcurrencyException("another command won");
        assertThatThrownBy(() -> policy.decide(letter, conflict)).isSameAs(conflict);
    }

    @Test
    void anEventTheHandlerCannotApplyBecomesADeadLetter() {
        EnqueueDecision<EventMessage<?>> decision = policy.decide(letter, new IllegalArgumentException("bad data"));
        assertThat(decision.shouldEnqueue()).isTrue();
    }
}

package org.casework.api.config;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.casework.command.rules.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyRetrySchedulerTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ConcurrencyRetryScheduler scheduler = new ConcurrencyRetryScheduler(meters);
    private final AtomicInteger runs = new AtomicInteger();
    private final AtomicReference<Thread> ranOn = new AtomicReference<>();

    private boolean retries(RuntimeException failure, int earlierFailures) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i <= earlierFailures; i++) {
            failures.add(new Class[]{failure.getClass()});
        }
        return scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("command"), failure, failures, () -> {
            runs.incrementAndGet();
            ranOn.set(Thread.currentThread());
        });
    }

    @Test
    void aLostConcurrentWriteIsRetriedInTheSendersThread() {
        assertThat(retries(new ConcurrencyException("sequence taken"), 0)).isTrue();
        assertThat(ranOn.get()).isSameAs(Thread.currentThread());
        assertThat(retries(new IllegalStateException("append failed", new ConcurrencyException("taken")), 0))
                .isTrue();
        assertThat(runs.get()).isEqualTo(2);
        assertThat(meters.counter(ConcurrencyRetryScheduler.RETRIES_METRIC).count()).isEqualTo(2);
    }

    @Test
    void retriesAreLimited() {
        assertThat(retries(new ConcurrencyException("sequence taken"), ConcurrencyRetryScheduler.MAX_RETRIES))
                .isFalse();
        assertThat(runs.get()).isZero();
    }

    @Test
    void brokenRulesAndUnknownIdsAreNeverRetried() {
        assertThat(retries(RuleViolationException.of("date", "not-in-future", "no"), 0)).isFalse();
        assertThat(retries(new AggregateNotFoundException("id", "none"), 0)).isFalse();
        assertThat(runs.get()).isZero();
        assertThat(meters.counter(ConcurrencyRetryScheduler.RETRIES_METRIC).count()).isZero();
    }

    @Test
    void pausesGrowAndStayBounded() {
        for (int i = 0; i < 50; i++) {
            assertThat(ConcurrencyRetryScheduler.pauseBefore(1)).isBetween(5L, 10L);
            assertThat(ConcurrencyRetryScheduler.pauseBefore(30))
                    .isBetween(ConcurrencyRetryScheduler.LONGEST_PAUSE_MILLIS / 2,
                            ConcurrencyRetryScheduler.LONGEST_PAUSE_MILLIS);
        }
    }

    @Test
    void anInterruptedSenderStopsRetrying() {
        Thread.currentThread().interrupt();
        try {
            assertThat(retries(new ConcurrencyException("sequence taken"), 0)).isFalse();
            assertThat(runs.get()).isZero();
        } finally {
            assertThat(Thread.interrupted()).isTrue();
        }
    }
}

package org.casework.api.config;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.casework.command.rules.RuleViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyRetrySchedulerTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ConcurrencyRetryScheduler scheduler = new ConcurrencyRetryScheduler(executor, meters);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private boolean retries(RuntimeException failure, int earlierFailures) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i <= earlierFailures; i++) {
            failures.add(new Class[]{failure.getClass()});
        }
        AtomicInteger runs = new AtomicInteger();
        return scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("command"), failure, failures,
                runs::incrementAndGet);
    }

    @Test
    void aLostConcurrentWriteIsRetried() {
        assertThat(retries(new ConcurrencyException("sequence taken"), 0)).isTrue();
        assertThat(retries(new IllegalStateException("append failed", new ConcurrencyException("taken")), 0))
                .isTrue();
        assertThat(meters.counter(ConcurrencyRetryScheduler.RETRIES_METRIC).count()).isEqualTo(2);
    }

    @Test
    void retriesAreLimited() {
        assertThat(retries(new ConcurrencyException("sequence taken"), ConcurrencyRetryScheduler.MAX_RETRIES))
                .isFalse();
    }

    @Test
    void brokenRulesAndUnknownIdsAreNeverRetried() {
        assertThat(retries(RuleViolationException.of("date", "not-in-future", "no"), 0)).isFalse();
        assertThat(retries(new AggregateNotFoundException("id", "none"), 0)).isFalse();
        assertThat(meters.counter(ConcurrencyRetryScheduler.RETRIES_METRIC).count()).isZero();
    }
}

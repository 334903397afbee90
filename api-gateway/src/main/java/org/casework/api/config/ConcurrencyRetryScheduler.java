package org.casework.api.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.ExceptionUtils;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Two nodes writing to one aggregate at once: the loser's append hits the unique (aggregate, sequence) key and
 * fails with a {@link ConcurrencyException}. Such a command is run again on fresh state after a short, growing,
 * randomised pause; every other failure (a broken rule, an unknown id) is final at once. When all retries lose,
 * the caller gets 409.
 */
class ConcurrencyRetryScheduler extends IntervalRetryScheduler {

    static final int MAX_RETRIES = 8;
    static final long FIRST_PAUSE_MILLIS = 5;
    static final long LONGEST_PAUSE_MILLIS = 500;

    static final String RETRIES_METRIC = "casework.commands.concurrency.retries";

    private final Counter retries;

    ConcurrencyRetryScheduler(ScheduledExecutorService executor, MeterRegistry meters) {
        super(IntervalRetryScheduler.builder()
                .retryExecutor(executor)
                .maxRetryCount(MAX_RETRIES)
                .retryInterval((int) FIRST_PAUSE_MILLIS));
        this.retries = Counter.builder(RETRIES_METRIC)
                .description("Commands run again because a concurrent write to the same aggregate won")
                .register(meters);
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable dispatchTask) {
        boolean scheduled = super.scheduleRetry(commandMessage, lastFailure, failures, dispatchTask);
        if (scheduled) {
            retries.increment();
        }
        return scheduled;
    }

    @Override
    protected boolean isExplicitlyNonTransient(Throwable failure) {
        return ExceptionUtils.findException(failure, ConcurrencyException.class).isEmpty();
    }

    @Override
    protected long computeRetryInterval(CommandMessage commandMessage, RuntimeException lastFailure,
                                        List<Class<? extends Throwable>[]> failures) {
        long pause = Math.min(LONGEST_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(failures.size(), 10));
        return pause / 2 + ThreadLocalRandom.current().nextLong(pause / 2 + 1);
    }
}

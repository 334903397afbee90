package org.casework.api.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.common.ExceptionUtils;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Two nodes writing to one aggregate at once: the loser's append hits the unique (aggregate, sequence) key and
 * fails with a {@link ConcurrencyException}. Such a command is run again on fresh state after a short, growing,
 * randomised pause; every other failure (a broken rule, an unknown id) is final at once. When all retries lose,
 * the caller gets 409.
 * <p>
 * The retry runs in the thread that sent the command, not on a pool of its own: a keyed request's command must
 * stay inside the request's transaction (the stored answer and the events commit together), and a retry that
 * needed a second connection while its request holds one could wait out the pool's timeout (seen in CI as 503).
 */
class ConcurrencyRetryScheduler implements RetryScheduler {

    static final int MAX_RETRIES = 8;
    static final long FIRST_PAUSE_MILLIS = 5;
    static final long LONGEST_PAUSE_MILLIS = 500;

    static final String RETRIES_METRIC = "casework.commands.concurrency.retries";

    private final Counter retries;

    ConcurrencyRetryScheduler(MeterRegistry meters) {
        this.retries = Counter.builder(RETRIES_METRIC)
                .description("Commands run again because a concurrent write to the same aggregate won")
                .register(meters);
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable dispatchTask) {
        if (!lostConcurrentWrite(lastFailure) || failures.size() > MAX_RETRIES) {
            return false;
        }
        try {
            Thread.sleep(pauseBefore(failures.size()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        retries.increment();
        dispatchTask.run();
        return true;
    }

    private static boolean lostConcurrentWrite(Throwable failure) {
        return ExceptionUtils.findException(failure, ConcurrencyException.class).isPresent();
    }

    /** Grows from {@link #FIRST_PAUSE_MILLIS} to {@link #LONGEST_PAUSE_MILLIS}; randomised so losers spread out. */
    static long pauseBefore(int failures) {
        long pause = Math.min(LONGEST_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(failures, 10));
        return pause / 2 + ThreadLocalRandom.current().nextLong(pause / 2 + 1);
    }
}

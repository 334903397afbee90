package org.casework.api.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reads started beside the request run at the same time, in the request's log context, and fail as they threw. */
class QueryClientBesideTest {

    private final QueryClient queries = new QueryClient(null);

    @AfterEach
    void stop() {
        queries.destroy();
        MDC.clear();
    }

    @Test
    void twoReadsBesideTheRequestRunAtTheSameTime() throws Exception {
        CountDownLatch bothStarted = new CountDownLatch(2);
        CompletableFuture<Boolean> first = queries.beside(() -> meet(bothStarted));
        CompletableFuture<Boolean> second = queries.beside(() -> meet(bothStarted));

        assertThat(QueryClient.joined(first)).isTrue();
        assertThat(QueryClient.joined(second)).isTrue();
    }

    @Test
    void aReadBesideTheRequestLogsWithTheRequestsCorrelation() {
        MDC.put("correlationId", "c-42");

        assertThat(QueryClient.joined(queries.beside(() -> MDC.get("correlationId")))).isEqualTo("c-42");
    }

    @Test
    void aReadThatFailsFailsTheRequestWithItsOwnException() {
        CompletableFuture<Object> failing = queries.beside(() -> {
            throw new IllegalArgumentException("bad filter");
        });

        assertThatThrownBy(() -> QueryClient.joined(failing))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bad filter");
    }

    private static boolean meet(CountDownLatch bothStarted) {
        bothStarted.countDown();
        try {
            return bothStarted.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

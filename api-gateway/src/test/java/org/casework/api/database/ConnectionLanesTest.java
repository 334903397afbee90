package org.casework.api.database;

import org.casework.api.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionLanesTest extends ApiTest {

    @Autowired
    private DataSource dataSource;

    @Test
    void aReadModelBatchGetsAConnectionWhileRequestsHoldAllOfTheirs() throws Exception {
        ConnectionLanes lanes = (ConnectionLanes) dataSource;
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < lanes.requests().getMaximumPoolSize(); i++) {
                held.add(dataSource.getConnection());
            }
            CompletableFuture<Boolean> batch = new CompletableFuture<>();
            Thread worker = new Thread(new ThreadGroup("WorkPackage[read-models]"), () -> {
                try (Connection connection = dataSource.getConnection()) {
                    batch.complete(connection.isValid(1)
                            && lanes.processing().getHikariPoolMXBean().getActiveConnections() >= 1);
                } catch (Exception failure) {
                    batch.completeExceptionally(failure);
                }
            }, "WorkPackage[read-models]-0");
            worker.start();

            assertThat(batch.get(2, TimeUnit.SECONDS)).isTrue();
            assertThat(lanes.requests().getHikariPoolMXBean().getActiveConnections())
                    .isEqualTo(lanes.requests().getMaximumPoolSize());
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    @Test
    void requestsAndEventProcessorsDrawFromTheirOwnLanes() {
        assertThat(ConnectionLanes.isProcessingThread(new Thread(new ThreadGroup("Coordinator[read-models]"),
                () -> { }))).isTrue();
        assertThat(ConnectionLanes.isProcessingThread(new Thread(new ThreadGroup("EmbeddedEventStore"),
                () -> { }))).isTrue();
        assertThat(ConnectionLanes.isProcessingThread(Thread.currentThread())).isFalse();
    }
}

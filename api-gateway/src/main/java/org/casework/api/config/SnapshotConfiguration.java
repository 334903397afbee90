package org.casework.api.config;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Snapshots are taken on their own thread. Axon's default takes them in the committing thread while it still
 * holds the aggregate's lock; that thread then needs a second database connection while the threads queued on the
 * lock hold the rest of the pool, which deadlocks until the pool times out. A snapshot is only an optimisation: when
 * too many are queued, new requests are dropped and the next trigger takes one.
 */
@Configuration(proxyBeanMethods = false)
class SnapshotConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SnapshotConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    ThreadPoolExecutor snapshotExecutor() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1000), runnable -> {
            Thread thread = new Thread(runnable, "snapshotter");
            thread.setDaemon(true);
            return thread;
        }, (task, executor) -> log.debug("Snapshot queue full; skipping a snapshot"));
    }

    @Bean
    SpringAggregateSnapshotter snapshotter(org.axonframework.config.Configuration configuration,
                                           HandlerDefinition handlerDefinition,
                                           ParameterResolverFactory parameterResolverFactory,
                                           EventStore eventStore,
                                           TransactionManager transactionManager,
                                           ThreadPoolExecutor snapshotExecutor) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .executor(snapshotExecutor)
                .build();
    }
}

package org.casework.api.readmodel;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.casework.api.database.DatabaseProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Read models go on as soon as the database is back. Axon's processors back off up to a minute after each failed
 * batch and leave a failed segment unclaimed as long, so after an outage this restarts them once the database
 * answers again, which begins their back-off anew.
 */
@Component
class ReadModelRecovery implements InitializingBean, ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRecovery.class);
    private static final Duration INTERVAL = Duration.ofSeconds(1);

    private final EventProcessingConfiguration processing;
    private final DatabaseProbe database;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private volatile boolean shuttingDown;
    private boolean wasReachable = true;

    ReadModelRecovery(EventProcessingConfiguration processing, DatabaseProbe database) {
        this.processing = processing;
        this.database = database;
    }

    @Override
    public void afterPropertiesSet() {
        scheduler.setThreadNamePrefix("read-model-recovery-");
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::check, Instant.now().plus(INTERVAL), INTERVAL);
    }

    void check() {
        if (shuttingDown) {
            return;
        }
        boolean reachable = database.reachable();
        if (reachable && !wasReachable) {
            restartProcessors();
        }
        wasReachable = reachable;
    }

    private void restartProcessors() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (!(processor instanceof StreamingEventProcessor) || !processor.isRunning() || shuttingDown) {
                return;
            }
            try {
                log.info("The database is back: restarting read model {} so it catches up at once", name);
                processor.shutdownAsync().get(10, TimeUnit.SECONDS);
                processor.start();
            } catch (Exception e) {
                log.warn("Read model {} could not be restarted after the outage: {}", name, e.toString());
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            }
        });
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        shuttingDown = true;
        scheduler.shutdown();
    }
}

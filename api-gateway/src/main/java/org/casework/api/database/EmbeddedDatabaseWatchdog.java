package org.casework.api.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Starts the embedded PostgreSQL again when its postmaster is gone (killed, crashed, stopped from outside). The
 * pool then reconnects on the same port and the service recovers by itself. Not while the service shuts down.
 */
class EmbeddedDatabaseWatchdog implements InitializingBean, ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseWatchdog.class);

    private final EmbeddedDatabase database;
    private final Duration interval;
    /** A thread of its own: a restart may take a while and must not hold up any other scheduled work. */
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private volatile boolean shuttingDown;

    EmbeddedDatabaseWatchdog(EmbeddedDatabase database, Duration interval) {
        this.database = database;
        this.interval = interval;
    }

    @Override
    public void afterPropertiesSet() {
        scheduler.setThreadNamePrefix("embedded-postgres-watchdog-");
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::restartIfStopped, Instant.now().plus(interval), interval);
    }

    void restartIfStopped() {
        if (shuttingDown) {
            return;
        }
        try {
            database.restartIfStopped();
        } catch (IOException | RuntimeException e) {
            log.warn("Embedded PostgreSQL could not be started again; trying again in {}: {}", interval,
                    e.toString());
        }
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        shuttingDown = true;
        scheduler.shutdown();
    }
}

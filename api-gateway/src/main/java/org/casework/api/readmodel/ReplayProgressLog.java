package org.casework.api.readmodel;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Logs the progress of the replays under way every few seconds ({@link ReadModels#logProgress()}). */
@Component
class ReplayProgressLog implements InitializingBean, DisposableBean {

    private final ReadModels readModels;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    ReplayProgressLog(ReadModels readModels) {
        this.readModels = readModels;
    }

    @Override
    public void afterPropertiesSet() {
        scheduler.setThreadNamePrefix("replay-progress-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::log, Instant.now().plus(ReadModels.PROGRESS_LOG_INTERVAL),
                ReadModels.PROGRESS_LOG_INTERVAL);
    }

    private void log() {
        try {
            readModels.logProgress();
        } catch (RuntimeException e) {
            // a lost database is reported elsewhere; the next round tries again
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}

package org.casework.api.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Deadlines of the automatic status rules are kept by db-scheduler in the {@code scheduled_tasks} table (Axon's
 * DbSchedulerDeadlineManager): they survive restarts, and each fires on exactly one node. The scheduler reads
 * the time from the service's clock, like everything else.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

    @Bean("dbSchedulerClock")
    com.github.kagkarlsson.scheduler.Clock dbSchedulerClock(Clock clock) {
        return clock::instant;
    }
}

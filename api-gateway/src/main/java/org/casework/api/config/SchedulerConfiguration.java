package org.casework.api.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Deadlines of the automatic status rules are kept by db-scheduler in the {@code scheduled_tasks} table (Axon's
 * DbSchedulerDeadlineManager): they survive restarts, and each fires on exactly one node. The scheduler reads
 * the time from the service's clock, like everything else.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

    /**
     * Axon's deadline manager as its autoconfiguration builds it; db-scheduler's task looks it up by this type to
     * run a deadline. Aggregates get the {@link IndexedDeadlineManager} around it.
     */
    @Bean
    DbSchedulerDeadlineManager dbSchedulerDeadlineManager(Scheduler scheduler,
                                                          org.axonframework.config.Configuration configuration,
                                                          @Qualifier("eventSerializer") Serializer serializer,
                                                          TransactionManager transactionManager,
                                                          DeadlineManagerSpanFactory spanFactory) {
        return DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .spanFactory(spanFactory)
                .startScheduler(false)
                .stopScheduler(false)
                .build();
    }

    @Bean
    @Primary
    DeadlineManager deadlineManager(DbSchedulerDeadlineManager axonDeadlines, JdbcTemplate jdbc) {
        return new IndexedDeadlineManager(axonDeadlines, jdbc);
    }

    @Bean("dbSchedulerClock")
    com.github.kagkarlsson.scheduler.Clock dbSchedulerClock(Clock clock) {
        return clock::instant;
    }

    /**
     * {@code casework_deadlines_overdue}: deadlines whose time has come but that have not run yet. It stays near 0;
     * after a bulk load of old files it counts down the no-contact checks falling due at once.
     */
    @Bean
    MeterBinder overdueDeadlines(JdbcTemplate jdbc, Clock clock) {
        return registry -> Gauge.builder("casework.deadlines.overdue", jdbc, db -> db.queryForObject(
                        "select count(*) from scheduled_tasks where execution_time <= ?", Long.class,
                        Timestamp.from(clock.instant())))
                .description("Deadlines due but not run yet").register(registry);
    }
}

package org.casework.api.idempotency;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/** Answers to keyed requests are forgotten once older than the retention, by a task that runs on one node hourly. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyExpiry {

    @Bean
    RecurringTask<Void> idempotencyKeyExpiry(IdempotentRequests requests, IdempotencyProperties properties,
                                             Clock clock) {
        return Tasks.recurring("idempotency-key-expiry", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) ->
                        requests.forgetStoredBefore(clock.instant().minus(properties.retention())));
    }
}

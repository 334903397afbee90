package org.casework.api.care;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import org.casework.query.care.KeptColours;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The overviews keep each file's colour until the day it may change (a contract starts or ends, a plan falls due);
 * just after midnight in the organisation's time zone a persisted task colours anew the files whose day has come, on
 * one node. A task missed while the service was down runs as soon as it is up again; the first one runs at once, so
 * files of a database from before kept colours are coloured too. Until then a file is coloured when it is read.
 */
@Configuration(proxyBeanMethods = false)
class Recolouring {

    static final String TASK = "recolouring";
    static final LocalTime AT = LocalTime.of(0, 0, 30);
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(Recolouring.class);

    @Bean
    RecurringTask<Void> recolouringTask(List<KeptColours> models, Clock clock) {
        return Tasks.recurring(TASK, new DailyFromTheStart(new Daily(clock.getZone(), AT)))
                .execute((instance, context) -> recolour(models, LocalDate.now(clock)));
    }

    static void recolour(List<KeptColours> models, LocalDate today) {
        long coloured = 0;
        for (KeptColours model : models) {
            int done;
            do {
                done = model.recolourDue(today, BATCH);
                coloured += done;
            } while (done == BATCH);
        }
        log.info("Coloured {} files anew for {}", coloured, today);
    }

    /** Daily, and at once when the task is first scheduled. */
    private record DailyFromTheStart(Daily daily) implements Schedule {

        @Override
        public Instant getInitialExecutionTime(Instant now) {
            return now;
        }

        @Override
        public Instant getNextExecutionTime(ExecutionComplete executionComplete) {
            return daily.getNextExecutionTime(executionComplete);
        }

        @Override
        public boolean isDeterministic() {
            return false;
        }
    }
}

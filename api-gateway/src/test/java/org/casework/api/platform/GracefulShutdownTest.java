package org.casework.api.platform;

import org.casework.api.CaseworkApplication;
import org.casework.api.support.Api;
import org.casework.api.support.ServiceProcess;
import org.casework.api.support.Load;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM to a service under load, started as its own process as in production: it stops taking requests,
 * finishes the ones under way, stops its processors and scheduler and only then its database, and exits within
 * seconds. Callers see successes or 503 problems, never a 500; every acknowledged write is there after a restart.
 */
class GracefulShutdownTest {

    /** spring.lifecycle.timeout-per-shutdown-phase (10 s) for the requests under way, plus the later phases. */
    private static final Duration EXIT_BOUND = Duration.ofSeconds(20);

    @TempDir
    Path dataDirectory;

    @Test
    void sigtermUnderLoadAnswersEveryRequestAndLosesNoAcknowledgedWrite() throws Exception {
        Path log = Path.of("target/graceful-shutdown.log");
        ServiceProcess started = ServiceProcess.start(dataDirectory, log);
        Process service = started.process();
        Load load;
        Duration exitedAfter;
        try {
            Api api = started.api().as("alice");
            load = Load.start(api, 4, 2);
            Thread.sleep(3000);
            Instant terminated = Instant.now();
            service.destroy();
            assertThat(service.waitFor(EXIT_BOUND.toSeconds(), TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
            exitedAfter = Duration.between(terminated, Instant.now());
            load.close();
        } finally {
            service.destroyForcibly().waitFor();
        }
        System.out.printf("graceful shutdown: exited %d ms after SIGTERM; answers by status %s, %d writes "
                + "acknowledged%n", exitedAfter.toMillis(), load.statuses(), load.acknowledged().size());

        Load.assertOnlySuccessOr503(load.outcomes());
        assertThat(load.outcomes()).allSatisfy(outcome -> assertThat(outcome.took())
                .as("time of %s", outcome).isLessThan(Duration.ofSeconds(12)));
        assertThat(load.acknowledged()).isNotEmpty();
        assertThat(dataDirectory.resolve("postmaster.pid")).as("the database was stopped with the service")
                .doesNotExist();
        String output = Files.readString(log);
        assertThat(output).containsSubsequence("Commencing graceful shutdown", "Graceful shutdown complete",
                "Stopping embedded PostgreSQL", "Embedded PostgreSQL stopped");

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(CaseworkApplication.class)
                .profiles("test")
                .run("--server.port=0",
                        "--casework.embedded-postgres.temporary=false",
                        "--casework.embedded-postgres.data-directory=" + dataDirectory)) {
            JdbcTemplate jdbc = restarted.getBean(JdbcTemplate.class);
            for (UUID clientId : load.acknowledged()) {
                assertThat(jdbc.queryForObject("select count(*) from domain_event_entry "
                        + "where aggregate_identifier = ?", Long.class, clientId.toString()))
                        .as("events of acknowledged client %s", clientId).isPositive();
            }
        }
    }
}

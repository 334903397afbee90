package org.casework.api.platform;

import org.casework.api.support.Api;
import org.casework.api.support.ReadModelRebuild;
import org.casework.api.support.ReadModelsCaughtUp;
import org.casework.api.support.ServiceProcess;
import org.casework.api.support.ServiceWithMovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A process killed halfway through a rebuild leaves the live tables answering as before, and a new rebuild after
 * the restart completes (dropping what the dead one left behind).
 */
class RebuildKilledTest {

    private static final int CLIENTS = 20;

    @TempDir
    Path dataDirectory;

    @Test
    void aRebuildKilledHalfwayLeavesTheOldTablesAnsweringAndANewOneCompletes() throws Exception {
        ServiceProcess killed = ServiceProcess.start(dataDirectory, Path.of("target/killed-rebuild.log"),
                "--casework.rebuild.max-events-per-second=10");
        try {
            Api alice = killed.api().as("alice");
            Api adam = killed.api().as("adam");
            for (int i = 0; i < CLIENTS; i++) {
                alice.post("/api/clients", Map.of("firstName", "Přerušená", "lastName", "Přestavba" + i,
                        "birthDate", "1980-01-01")).expect(201);
            }
            ReadModelsCaughtUp.await(adam);
            adam.post("/api/admin/projections/replay", "").expect(202);
            await().atMost(Duration.ofSeconds(20)).until(() -> adam.get("/api/admin/projections/replay")
                    .expect(200).json().get("eventsDone").asLong() >= 5);
            assertThat(adam.get("/api/admin/projections/replay").json().get("phase").asText()).isEqualTo("READING");
        } finally {
            killed.process().destroyForcibly().waitFor();
        }

        try (ConfigurableApplicationContext restarted = ServiceWithMovableClock.start(dataDirectory)) {
            JdbcTemplate jdbc = restarted.getBean(JdbcTemplate.class);
            Api alice = ServiceWithMovableClock.api(restarted, "alice");
            Api adam = ServiceWithMovableClock.api(restarted, "adam");
            assertThat(jdbc.queryForObject("select count(*) from pg_namespace where nspname = 'casework_rebuild'",
                    Integer.class)).as("the dead rebuild's shadow tables").isOne();
            assertThat(alice.get("/api/clients?count=true&size=100").expect(200).json().get("total").asInt()).isEqualTo(CLIENTS);
            adam.get("/api/admin/projections/replay").expectProblem(404);

            Map<String, List<String>> before = ReadModelRebuild.dump(jdbc);
            ReadModelRebuild.replayAll(adam);
            assertThat(jdbc.queryForObject("select count(*) from pg_namespace where nspname = 'casework_rebuild'",
                    Integer.class)).isZero();
            Map<String, List<String>> after = ReadModelRebuild.dump(jdbc);
            for (String table : before.keySet()) {
                assertThat(after.get(table)).as(table).containsExactlyElementsOf(before.get(table));
            }
            assertThat(alice.get("/api/clients?count=true&size=100").expect(200).json().get("total").asInt()).isEqualTo(CLIENTS);
        }
    }
}

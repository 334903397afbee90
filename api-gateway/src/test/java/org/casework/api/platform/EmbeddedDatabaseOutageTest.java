package org.casework.api.platform;

import org.casework.api.support.Api;
import org.casework.api.support.Eventually;
import org.casework.api.support.Load;
import org.casework.api.support.OwnServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded PostgreSQL dies under load: every caller gets a fast 503 problem with Retry-After (never a 500, never
 * a 30-second wait), health and readiness say DOWN within seconds, and the service starts its database again and
 * carries on by itself: writes succeed and the read models catch up, without a restart of the service.
 */
class EmbeddedDatabaseOutageTest extends OwnServiceTest {

    /** Connection timeout (2.5 s) plus room for a loaded machine. */
    private static final Duration FAST = Duration.ofSeconds(5);

    private boolean first = true;

    /** Each outage on a service of its own: what one outage leaves behind must not decide the next. */
    @BeforeEach
    void freshService() {
        if (!first) {
            stopService();
            startService();
        }
        first = false;
    }

    @Test
    void aKilledPostmasterIsStartedAgainAndTheServiceRecoversByItself() throws Exception {
        String pid = Long.toString(postmaster().pid());
        outage(() -> run("kill", "-9", pid));
    }

    @Test
    void aFastStopFromOutsideIsStartedAgainAndTheServiceRecoversByItself() throws Exception {
        // what an operator's "pg_ctl stop -m fast" does, run the way the library runs PostgreSQL's own tools
        Path pgCtl = Path.of(postmaster().info().command().orElseThrow()).resolveSibling("pg_ctl");
        List<String> command = new ArrayList<>(List.of(pgCtl.toString(), "-D", dataDirectory.toString(),
                "stop", "-m", "fast", "-w"));
        if (new ProcessBuilder("id", "-u").start().inputReader().readLine().equals("0")) {
            // pg_ctl refuses to run as root; the library runs PostgreSQL in a user namespace then
            command.addAll(0, List.of("unshare", "-U"));
        }
        outage(() -> run(command.toArray(String[]::new)));
    }

    private void outage(Runnable stopDatabase) throws Exception {
        Api alice = as("alice");
        Api anonymous = Api.at(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
        Instant stopped;
        Duration healthDown;
        // the outage is made to last: until the file is back, every start of the database fails (it is read only
        // at start, so the running database does not miss it)
        Path configuration = dataDirectory.resolve("postgresql.conf");
        Path heldBack = dataDirectory.resolve("postgresql.conf.held-back");
        Load load = Load.start(alice, 3, 2);
        try {
            Thread.sleep(2000);
            Files.move(configuration, heldBack);
            stopped = Instant.now();
            stopDatabase.run();
            await().atMost(FAST.plusSeconds(1)).pollInterval(Duration.ofMillis(100))
                    .until(() -> anonymous.get("/actuator/health").status() == 503);
            healthDown = Duration.between(stopped, Instant.now());
            assertThat(anonymous.get("/actuator/health/readiness").status()).as("ready").isEqualTo(503);
            assertThat(anonymous.get("/actuator/health/liveness").status())
                    .as("alive: restarting the service would not bring the database back").isEqualTo(200);
            Thread.sleep(3000);
            Files.move(heldBack, configuration);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> anonymous.get("/actuator/health").status() == 200);
            Thread.sleep(2000);
        } finally {
            if (Files.exists(heldBack)) {
                Files.move(heldBack, configuration);
            }
            load.close();
        }
        System.out.printf("outage: health DOWN after %d ms; answers by status %s%n", healthDown.toMillis(),
                load.statuses());

        List<Load.Outcome> outcomes = load.outcomes();
        Load.assertOnlySuccessOr503(outcomes);
        List<Load.Outcome> duringOutage = outcomes.stream().filter(o -> o.sent().isAfter(stopped)).toList();
        assertThat(duringOutage).as("answers while the database was down").anyMatch(o -> o.status() == 503);
        assertThat(duringOutage).as("answers after it was started again").anyMatch(o -> o.status() == 201);
        assertThat(duringOutage).allSatisfy(o -> assertThat(o.took()).as("time of %s", o).isLessThan(FAST));

        // every acknowledged registration is stored, and so is a write after the outage
        // the pool may still hand out a connection that broke with the outage: a 503 once, then 201
        UUID afterwards = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> alice.post("/api/clients", Map.of("firstName", "Po", "lastName", "Výpadku",
                        "birthDate", "1990-01-01")), response -> response.status() == 201).createdId();
        List<UUID> acknowledged = new ArrayList<>(load.acknowledged());
        acknowledged.add(afterwards);
        for (UUID clientId : acknowledged) {
            assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                    Long.class, clientId.toString())).as("events of %s", clientId).isPositive();
        }
        // and the read models catch up by themselves, though the outage broke their batches mid-way
        Eventually.json(alice, "/api/clients/" + afterwards, card -> card.get("lastName").asText().equals("Výpadku"));
        for (UUID clientId : acknowledged) {
            Eventually.json(alice, "/api/clients/" + clientId, card -> true);
        }
    }

    private ProcessHandle postmaster() throws IOException {
        long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
        return ProcessHandle.of(pid).orElseThrow();
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            assertThat(process.waitFor()).as("exit code of %s", List.of(command)).isZero();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

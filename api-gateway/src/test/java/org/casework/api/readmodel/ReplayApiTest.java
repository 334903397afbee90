package org.casework.api.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Api;
import org.casework.api.support.OwnServiceTest;
import org.casework.api.support.ReadModelRebuild;
import org.casework.api.support.ReadModelsCaughtUp;
import org.casework.api.support.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rebuilds as an operator sees them: of a read model (with all its processor keeps) or all at once, refused while
 * one runs, with progress (phase, done, total, rate, time left) in the state and in the log, cancellable, and the
 * API answering from the live tables meanwhile. Own service, held to 15 events a second (longer than one progress-log interval) so a rebuild can be watched.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReplayApiTest extends OwnServiceTest {

    private static final int CLIENTS = 50;

    @Override
    protected String[] serviceArguments() {
        return new String[] {"--casework.rebuild.max-events-per-second=15"};
    }

    @Test
    void aRebuildShowsItsProgressRefusesASecondOneAndTheApiKeepsAnsweringMeanwhile(CapturedOutput output) {
        Api adam = as("adam");
        Api alice = as("alice");
        for (int i = 0; i < CLIENTS; i++) {
            alice.post("/api/clients", Map.of("firstName", "Znovu", "lastName", "Přehraná" + i,
                    "birthDate", "1980-01-01")).expect(201);
        }
        ReadModelsCaughtUp.await(adam);

        // a read model's name stands for the processor that keeps it, and all it keeps are rebuilt together
        JsonNode started = adam.post("/api/admin/projections/client-files/replay", "").expect(202).json();
        assertThat(started.get("name").asText()).isEqualTo("read-models");
        assertThat(started.get("replaying").asBoolean()).isTrue();
        assertThat(started.get("readModels")).extracting(JsonNode::asText).containsExactly("chronology",
                "client-files", "engagements", "family-files", "households", "statuses");
        assertThat(adam.get("/api/admin/projections/family-automation").expect(200).json().get("replaying")
                .asBoolean()).isFalse();

        Response again = adam.post("/api/admin/projections/chronology/replay", "");
        again.expectProblem(409);
        assertThat(again.json().get("type").asText()).isEqualTo("urn:casework:problem:replay-running");
        adam.post("/api/admin/projections/replay", "").expectProblem(409);

        JsonNode replay = adam.get("/api/admin/projections/client-files").expect(200).json().get("replay");
        assertThat(replay.get("phase").asText()).isEqualTo("READING");
        assertThat(replay.get("eventsTotal").asLong()).isGreaterThanOrEqualTo(CLIENTS);
        assertThat(replay.get("eventsDone").asLong()).isLessThan(replay.get("eventsTotal").asLong());

        // meanwhile the live tables answer, complete, and take new writes
        assertThat(alice.get("/api/clients?count=true&size=100").expect(200).json().get("total").asInt()).isEqualTo(CLIENTS);
        UUID during = alice.post("/api/clients", Map.of("firstName", "Během", "lastName", "Přestavby",
                "birthDate", "1981-01-01")).createdId();
        assertThat(alice.get("/api/clients/" + during).expect(200).json().get("lastName").asText())
                .isEqualTo("Přestavby");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> output.getOut().contains("Rebuilding read models [chronology, client-files, engagements,"
                        + " family-files, households, statuses]: READING"));
        JsonNode later = adam.get("/api/admin/projections/client-files").expect(200).json().get("replay");
        assertThat(later.get("eventsPerSecond").asDouble()).isPositive();
        assertThat(later.get("secondsLeft").asLong()).isNotNegative();

        JsonNode done = ReadModelRebuild.awaitRebuilt(adam);
        assertThat(done.get("readModels")).hasSize(6);
        assertThat(done.get("eventsDone").asLong()).isEqualTo(done.get("eventsTotal").asLong());
        // the client written during the rebuild came after its snapshot: applied to the rebuilt table afterwards
        assertThat(alice.get("/api/clients?count=true&size=100").expect(200).json().get("total").asInt())
                .isEqualTo(CLIENTS + 1);
        assertThat(alice.get("/api/clients/" + during).expect(200).json().get("lastName").asText())
                .isEqualTo("Přestavby");

        List<String> replayed = new ArrayList<>();
        adam.post("/api/admin/projections/replay", "").expect(202).json()
                .forEach(state -> replayed.add(state.get("name").asText()));
        assertThat(replayed).containsExactly("read-models");
        ReadModelRebuild.awaitRebuilt(adam);
        for (JsonNode state : adam.get("/api/admin/projections").expect(200).json()) {
            assertThat(state.get("replay").isNull()).as("replay of %s", state.get("name")).isTrue();
            assertThat(state.get("eventsBehind").asLong()).as("behind: %s", state.get("name")).isZero();
        }
        assertThat(alice.get("/api/clients?count=true&size=100").expect(200).json().get("total").asInt())
                .isEqualTo(CLIENTS + 1);
    }

    @Test
    void aCancelledRebuildLeavesTheLiveTablesAsTheyWere() {
        Api adam = as("adam");
        Api alice = as("alice");
        alice.post("/api/clients", Map.of("firstName", "Zrušená", "lastName", "Přestavba",
                "birthDate", "1980-01-01")).expect(201);
        ReadModelsCaughtUp.await(adam);
        int clients = alice.get("/api/clients?count=true&size=100").expect(200).json().get("total").asInt();

        adam.post("/api/admin/projections/replay", "").expect(202);
        JsonNode cancelled = adam.send("DELETE", "/api/admin/projections/replay", null).expect(202).json();
        assertThat(cancelled.get("readModels")).hasSize(6);
        await().atMost(Duration.ofSeconds(10)).until(() -> adam.get("/api/admin/projections/replay").expect(200)
                .json().get("phase").asText().equals("CANCELLED"));
        adam.send("DELETE", "/api/admin/projections/replay", null).expectProblem(404);
        assertThat(jdbc.queryForObject("select count(*) from pg_namespace where nspname = 'casework_rebuild'",
                Integer.class)).isZero();

        assertThat(alice.get("/api/clients?count=true&size=100").expect(200).json().get("total").asInt()).isEqualTo(clients);
        UUID after = alice.post("/api/clients", Map.of("firstName", "Po", "lastName", "Zrušení",
                "birthDate", "1980-01-01")).createdId();
        assertThat(alice.get("/api/clients/" + after).expect(200).json().get("lastName").asText())
                .isEqualTo("Zrušení");
        ReadModelsCaughtUp.await(adam);
    }

    @Test
    void onlyAdministratorsRebuild() {
        as("alice").post("/api/admin/projections/replay", "").expect(403);
        as("alice").send("DELETE", "/api/admin/projections/replay", null).expect(403);
        as("adam").post("/api/admin/projections/nothing/replay", "").expectProblem(404);
    }
}

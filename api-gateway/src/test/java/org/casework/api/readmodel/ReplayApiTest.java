package org.casework.api.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Api;
import org.casework.api.support.OwnServiceTest;
import org.casework.api.support.ReadModelsCaughtUp;
import org.casework.api.support.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays as an operator sees them: one or all at once, refused while one runs, with progress (done, total, rate,
 * time left) in the state and in the log. Own service: a replay is the whole service's.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReplayApiTest extends OwnServiceTest {

    private static final int CLIENTS = 50;

    @Test
    void aReplayShowsItsProgressAndASecondOneIsRefusedUntilItEnds(CapturedOutput output) {
        Api adam = as("adam");
        Api alice = as("alice");
        for (int i = 0; i < CLIENTS; i++) {
            alice.post("/api/clients", Map.of("firstName", "Znovu", "lastName", "Přehraná" + i,
                    "birthDate", "1980-01-01")).expect(201);
        }
        ReadModelsCaughtUp.await(adam);
        // each rebuilt client file takes 150 ms: the replay lasts long enough to be watched
        jdbc.execute("create function test_slow() returns trigger language plpgsql as"
                + " $$ begin perform pg_sleep(0.15); return new; end $$");
        jdbc.execute("create trigger test_slow before insert on client_file for each row execute function test_slow()");
        try {
            adam.post("/api/admin/projections/client-files/replay", "").expect(202);

            Response again = adam.post("/api/admin/projections/client-files/replay", "");
            again.expectProblem(409);
            assertThat(again.json().get("type").asText()).isEqualTo("urn:casework:problem:replay-running");
            adam.post("/api/admin/projections/replay", "").expectProblem(409);

            JsonNode replaying = adam.get("/api/admin/projections/client-files").expect(200).json();
            assertThat(replaying.get("replaying").asBoolean()).isTrue();
            JsonNode replay = replaying.get("replay");
            assertThat(replay.get("eventsTotal").asLong()).isGreaterThanOrEqualTo(CLIENTS);
            assertThat(replay.get("eventsDone").asLong()).isLessThan(replay.get("eventsTotal").asLong());
            assertThat(replaying.get("eventsBehind").asLong()).isPositive();

            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                    .until(() -> output.getOut().contains("Replaying read model client-files: "));
            JsonNode later = adam.get("/api/admin/projections/client-files").expect(200).json().get("replay");
            assertThat(later.get("eventsPerSecond").asDouble()).isPositive();
            assertThat(later.get("secondsLeft").asLong()).isNotNegative();
        } finally {
            jdbc.execute("drop trigger test_slow on client_file");
            jdbc.execute("drop function test_slow()");
        }
        ReadModelsCaughtUp.await(adam);

        List<String> replayed = new ArrayList<>();
        adam.post("/api/admin/projections/replay", "").expect(202).json()
                .forEach(state -> replayed.add(state.get("name").asText()));
        assertThat(replayed).containsExactlyInAnyOrder("chronology", "client-files", "engagements",
                "family-files", "households", "statuses");
        ReadModelsCaughtUp.await(adam);
        for (JsonNode state : adam.get("/api/admin/projections").expect(200).json()) {
            assertThat(state.get("replay").isNull()).as("replay of %s", state.get("name")).isTrue();
            assertThat(state.get("eventsBehind").asLong()).as("behind: %s", state.get("name")).isZero();
        }
        assertThat(alice.get("/api/clients?size=100").expect(200).json().get("total").asInt()).isEqualTo(CLIENTS);
    }
}

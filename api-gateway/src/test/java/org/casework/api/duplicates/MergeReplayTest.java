package org.casework.api.duplicates;

import org.casework.api.support.Api;
import org.casework.api.support.OwnServiceTest;
import org.casework.api.support.ReadModelRebuild;
import org.casework.api.support.ReadModelsCaughtUp;
import org.casework.api.support.RichFile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A merge rebuilt from the event store gives exactly the tables built live. */
class MergeReplayTest extends OwnServiceTest {

    @Test
    void replayingAMergeRebuildsExactlyWhatWasBuiltLive() {
        Api alice = as("alice");
        Api adam = as("adam");
        LocalDate today = today();
        RichFile survivor = RichFile.create(alice, "Alena", "Stálá", "1985-03-15", "855315/1002", today);
        UUID merged = alice.post("/api/clients", Map.of("firstName", "Alena", "lastName", "Stálá",
                "birthDate", "1985-03-15", "registeredOn", today.minusDays(40).toString())).createdId();
        UUID engagement = alice.post("/api/clients/" + merged + "/engagements",
                Map.of("title", "Debts", "openedOn", today.minusDays(30).toString())).createdId();
        alice.post("/api/engagements/" + engagement + "/consultations", Map.of("date", today.minusDays(2).toString(),
                "kind", "PHONE", "durationMinutes", 20, "place", "IN_OFFICE", "record", "Called")).expect(201);
        alice.post("/api/clients/" + merged + "/contracts", Map.of("number", "M-" + merged.toString().substring(0, 8),
                "signedOn", today.minusDays(20).toString(), "validFrom", today.minusDays(20).toString())).expect(201);
        alice.post("/api/clients/" + merged + "/statuses", Map.of("status", "SUSPENDED",
                "effectiveDate", today.minusDays(1).toString(), "note", "in hospital")).expect(204);
        as("carol").post("/api/clients/" + survivor.clientId() + "/merge",
                Map.of("mergedClientId", merged, "reason", "twice")).expect(204);
        alice.post("/api/engagements/" + engagement + "/consultations", Map.of("date", today.toString(),
                "kind", "MEETING", "durationMinutes", 40, "place", "IN_OFFICE", "record", "Met")).expect(201);
        ReadModelsCaughtUp.await(adam);
        Map<String, List<String>> live = ReadModelRebuild.dump(jdbc);
        assertThat(String.join("\n", live.get("client_file"))).contains(survivor.clientId().toString());
        assertThat(jdbc.queryForObject("select merged_into from client_file where id = ?", UUID.class, merged))
                .isEqualTo(survivor.clientId());
        assertThat(jdbc.queryForList("select distinct client_id from chronology_entry where engagement_id = ?",
                UUID.class, engagement)).containsExactly(survivor.clientId());

        assertThat(alice.get("/api/clients/" + survivor.clientId() + "/contracts").expect(200).json()
                .findValuesAsText("number")).contains("M-" + merged.toString().substring(0, 8));
        assertThat(alice.get("/api/clients/" + survivor.clientId() + "/status-history").expect(200).json()
                .get("entries").findValuesAsText("note")).contains("in hospital");

        assertThat(ReadModelRebuild.replayAll(adam)).containsExactly("read-models");

        Map<String, List<String>> rebuilt = ReadModelRebuild.dump(jdbc);
        for (String table : live.keySet()) {
            assertThat(rebuilt.get(table)).as(table).containsExactlyElementsOf(live.get(table));
        }
    }
}

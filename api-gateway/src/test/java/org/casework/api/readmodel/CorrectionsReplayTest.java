package org.casework.api.readmodel;

import org.casework.api.support.Api;
import org.casework.api.support.Eventually;
import org.casework.api.support.OwnServiceTest;
import org.casework.api.support.ReadModelRebuild;
import org.casework.api.support.ReadModelsCaughtUp;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corrections (entries in error, by a worker, by the system and in a family's members' files; contracts corrected
 * and voided) rebuild from the event store into exactly what was built live, per-day counts included. Own service:
 * a replay empties tables that other tests read.
 */
class CorrectionsReplayTest extends OwnServiceTest {

    private Map<String, Object> contract(String number, LocalDate validFrom, LocalDate validTo, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("signedOn", validFrom.toString());
        body.put("validFrom", validFrom.toString());
        body.put("validTo", validTo == null ? null : validTo.toString());
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    private static Map<String, Object> status(String status, LocalDate on, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("effectiveDate", on.toString());
        body.put("reason", reason);
        return body;
    }

    @Test
    void replayingRebuildsExactlyWhatCorrectionsBuiltLive() {
        LocalDate today = today();
        Api adam = as("adam");
        Api alice = as("alice");
        adam.put("/api/admin/settings", Map.of("statusMode", "AUTOMATIC", "contactedStateUsed", false,
                "noContactDays", 90, "consultationGapDays", 30, "openEngagementDays", 365,
                "statusSharedWithFamily", true)).expect(200);

        UUID client = alice.post("/api/clients", Map.of("firstName", "Oprava", "lastName", "Živá",
                "birthDate", "1980-01-01", "registeredOn", today.minusDays(60).toString())).createdId();
        String file = "/api/clients/" + client;
        UUID corrected = alice.post(file + "/contracts", contract("K-1", today.minusDays(50), today.minusDays(20),
                null)).createdId();
        UUID voided = alice.post(file + "/contracts", contract("K-2", today.minusDays(10), null, null))
                .createdId();
        alice.post(file + "/contracts/" + corrected + "/correction",
                contract("K-1a", today.minusDays(45), today.minusDays(15), "dates mistyped")).expect(204);
        alice.post(file + "/contracts/" + voided + "/void", Map.of("reason", "signed in error")).expect(204);
        alice.post(file + "/statuses", status("REJECTED", today.minusDays(5), "CAPACITY")).expect(204);
        // APPLICANT, K-1's admission and termination (both in error), K-2's admission (in error), K-1's corrected
        // admission and termination, the worker's REJECTED
        Eventually.json(alice, file + "/status-history", h -> h.get("entries").size() == 7);
        alice.post(file + "/statuses/6/error", Map.of("reason", "wrong client")).expect(204);
        Eventually.json(alice, file, card -> card.at("/status/status").asText().equals("TERMINATED")
                && card.at("/status/since").asText().equals(today.minusDays(14).toString()));

        UUID member = alice.post("/api/clients", Map.of("firstName", "Člen", "lastName", "Rodinný",
                "birthDate", "1985-01-01", "registeredOn", today.minusDays(30).toString())).createdId();
        UUID family = alice.post("/api/families", Map.of("name", "Opravovi",
                "createdOn", today.minusDays(30).toString())).createdId();
        alice.post("/api/families/" + family + "/members", Map.of("clientId", member, "relation",
                "REFERENCE_PERSON", "since", today.minusDays(30).toString())).expect(204);
        alice.post("/api/families/" + family + "/statuses", status("REJECTED", today.minusDays(2), "CAPACITY"))
                .expect(204);
        UUID familyContract = alice.post("/api/families/" + family + "/contracts",
                contract("R-1", today.minusDays(20), null, null)).createdId();
        alice.post("/api/families/" + family + "/statuses/1/error", Map.of("reason", "wrong family")).expect(204);
        alice.post("/api/families/" + family + "/contracts/" + familyContract + "/void",
                Map.of("reason", "wrong family")).expect(204);
        ReadModelsCaughtUp.await(adam);

        Map<String, List<String>> live = ReadModelRebuild.dump(jdbc);
        assertThat(live.get("contract")).hasSize(1);
        assertThat(String.join("\n", live.get("status_entry")))
                .contains("\"in_error_reason\": \"wrong client\"", "\"in_error_reason\": \"contract corrected\"",
                        "\"in_error_reason\": \"contract voided\"", "\"in_error_reason\": \"wrong family\"");
        ReadModelRebuild.replayAll(adam);
        Map<String, List<String>> rebuilt = ReadModelRebuild.dump(jdbc);
        for (String table : live.keySet()) {
            assertThat(rebuilt.get(table)).as(table).containsExactlyElementsOf(live.get(table));
        }
    }
}

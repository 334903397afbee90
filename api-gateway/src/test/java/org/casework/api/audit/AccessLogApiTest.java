package org.casework.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AccessLogApiTest extends ApiTest {

    @Test
    void everyReadOfAPersonalFileIsLoggedWithWhoWhenWhatAndHow() {
        UUID clientId = registerClient(alice, "Lucie", "Čtená");
        UUID engagementId = openEngagement(alice, clientId, TODAY);
        UUID familyId = alice.post("/api/families", Map.of("name", "Rodina Čtených")).createdId();
        awaitClientCard(clientId);
        awaitJson(alice, "/api/engagements/" + engagementId, engagement -> true);
        awaitJson(alice, "/api/families/" + familyId, family -> true);
        long before = readsOf(clientId).size();

        as("carol").get("/api/clients/" + clientId).expect(200);
        alice.get("/api/clients/" + clientId + "/status-history").expect(200);
        alice.get("/api/clients/" + clientId + "/contracts").expect(200);
        alice.get("/api/clients/" + clientId + "/plan");
        alice.get("/api/clients/" + clientId + "/engagements").expect(200);
        alice.get("/api/clients/" + clientId + "/household-assessments").expect(200);
        alice.get("/api/engagements/" + engagementId).expect(200);
        alice.get("/api/chronology?client=" + clientId).expect(200);
        as("audrey").get("/api/audit/clients/" + clientId + "/events").expect(200);
        as("audrey").get("/api/audit/engagements/" + engagementId + "/events").expect(200);
        as("audrey").get("/api/audit/clients/" + clientId + "?asOf=" + TODAY).expect(200);
        alice.get("/api/families/" + familyId).expect(200);
        alice.get("/api/clients?q=Čtená").expect(200);

        List<JsonNode> reads = readsOf(clientId);
        assertThat(reads).hasSize((int) before + 11);
        List<String> endpoints = new ArrayList<>();
        reads.subList(0, 11).forEach(read -> endpoints.add(read.get("reader").asText() + " "
                + read.get("fileKind").asText() + " " + read.get("endpoint").asText()));
        assertThat(endpoints).containsExactly(
                "audrey CLIENT GET /api/audit/clients/" + clientId + "?asOf=" + TODAY,
                "audrey ENGAGEMENT GET /api/audit/engagements/" + engagementId + "/events",
                "audrey CLIENT GET /api/audit/clients/" + clientId + "/events",
                "alice CLIENT GET /api/chronology?client=" + clientId,
                "alice ENGAGEMENT GET /api/engagements/" + engagementId,
                "alice CLIENT GET /api/clients/" + clientId + "/household-assessments",
                "alice CLIENT GET /api/clients/" + clientId + "/engagements",
                "alice CLIENT GET /api/clients/" + clientId + "/plan",
                "alice CLIENT GET /api/clients/" + clientId + "/contracts",
                "alice CLIENT GET /api/clients/" + clientId + "/status-history",
                "carol CLIENT GET /api/clients/" + clientId);
        assertThat(reads.get(0).get("readAt").asText()).startsWith(TODAY.getYear() + "-");
        assertThat(reads.get(1).get("clientId").asText()).isEqualTo(clientId.toString());
        assertThat(reads.get(1).get("fileId").asText()).isEqualTo(engagementId.toString());

        JsonNode family = as("audrey").get("/api/audit/access-log?user=alice&size=200").expect(200).json();
        assertThat(family.get("items").findValuesAsText("fileId")).contains(familyId.toString());
        JsonNode carols = as("audrey").get("/api/audit/access-log?client=" + clientId + "&user=carol").expect(200).json();
        assertThat(carols.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void logIsFilteredByDaysAndReadOnlyByAuditors() {
        UUID clientId = registerClient(alice, "Karel", "Datovaný");
        awaitClientCard(clientId);
        String log = "/api/audit/access-log?client=" + clientId;
        assertThat(as("audrey").get(log + "&from=" + TODAY + "&to=" + TODAY).expect(200).json().get("total")
                .asInt()).isPositive();
        assertThat(as("audrey").get(log + "&from=" + TODAY.plusDays(1)).expect(200).json().get("total").asInt())
                .isZero();
        assertThat(as("audrey").get(log + "&to=" + TODAY.minusDays(1)).expect(200).json().get("total").asInt())
                .isZero();
        as("audrey").get(log + "&from=" + TODAY + "&to=" + TODAY.minusDays(1))
                .expectProblem(400, "to", "not-before-from");
        as("audrey").get("/api/audit/access-log?client=nope").expectProblem(400, "client", "type");
        alice.get(log).expectProblem(403);
        as("carol").get(log).expectProblem(403);
        as("dana").get(log).expectProblem(403);
    }

    private List<JsonNode> readsOf(UUID clientId) {
        List<JsonNode> reads = new ArrayList<>();
        as("audrey").get("/api/audit/access-log?size=200&client=" + clientId).expect(200).json().get("items")
                .forEach(reads::add);
        return reads;
    }
}

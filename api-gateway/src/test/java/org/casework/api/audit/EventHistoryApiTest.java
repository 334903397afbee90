package org.casework.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EventHistoryApiTest extends ApiTest {

    @Test
    void auditorReadsEveryEventOfAFileWithItsMetadataFromSequenceZero() {
        String correlation = "audit-" + UUID.randomUUID();
        UUID clientId = alice.header("X-Correlation-Id", correlation).post("/api/clients", client("Eva", "Dějinná"))
                .createdId();
        UUID engagementId = openEngagement(alice, clientId, TODAY.minusDays(3));
        alice.post("/api/engagements/" + engagementId + "/consultations", Map.of("date", TODAY.minusDays(2).toString(),
                "kind", "MEETING", "durationMinutes", 50, "place", "CLIENT_HOME", "travelMinutes", 25)).expect(201);

        JsonNode history = as("audrey").get("/api/audit/clients/" + clientId + "/events").expect(200).json();
        JsonNode registered = history.at("/items/0");
        assertThat(registered.get("sequence").asLong()).isZero();
        assertThat(registered.get("type").asText()).isEqualTo("ClientRegistered");
        assertThat(registered.get("actor").asText()).isEqualTo("alice");
        assertThat(registered.get("correlationId").asText()).isEqualTo(correlation);
        assertThat(registered.get("recordedAt").asText()).isNotBlank();
        assertThat(registered.at("/businessDates/registeredOn").asText()).isEqualTo(TODAY.toString());
        assertThat(registered.at("/businessDates").has("personalData.birthDate")).as("personal, not business")
                .isFalse();
        assertThat(registered.at("/payload/personalData/lastName").asText()).isEqualTo("Dějinná");
        assertThat(history.get("total").asLong()).isEqualTo(storedEventsOf(clientId));

        JsonNode engagement = as("adam").get("/api/audit/engagements/" + engagementId + "/events").expect(200).json();
        assertThat(engagement.get("items")).hasSize(2);
        JsonNode consultation = engagement.at("/items/1");
        assertThat(consultation.get("type").asText()).isEqualTo("ConsultationRecorded");
        assertThat(consultation.get("storedRevision").asText()).isEqualTo("2");
        assertThat(consultation.get("revision").asText()).isEqualTo("2");
        assertThat(consultation.at("/businessDates/date").asText()).isEqualTo(TODAY.minusDays(2).toString());
        assertThat(consultation.at("/payload/travelMinutes").asInt()).isEqualTo(25);
        assertThat(engagement.at("/items/0/storedRevision").isNull()).isTrue();
    }

    @Test
    void historyIsPagedAndDownloadsAsCsv() {
        UUID clientId = registerClient(alice, "Petr", "Stránkový");
        alice.put("/api/clients/" + clientId + "/application", Map.of("receivedOn", TODAY.toString())).expect(204);
        alice.put("/api/clients/" + clientId + "/application", Map.of("receivedOn", TODAY.toString(),
                "acceptedOn", TODAY.toString())).expect(204);
        long total = storedEventsOf(clientId);

        JsonNode second = as("audrey").get("/api/audit/clients/" + clientId + "/events?page=1&size=1").expect(200)
                .json();
        assertThat(second.get("total").asLong()).isEqualTo(total);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.at("/items/0/sequence").asLong()).isEqualTo(1);
        assertThat(as("audrey").get("/api/audit/clients/" + clientId + "/events?page=99").expect(200).json()
                .get("items")).isEmpty();

        String csv = as("audrey").header("Accept", "text/csv").get("/api/audit/clients/" + clientId + "/events")
                .expect(200).body();
        String[] lines = csv.strip().split("\n");
        assertThat(lines[0]).startsWith("sequence,type,storedRevision,revision,businessDates,actor,recordedAt");
        assertThat(lines).hasSize((int) total + 1);
        assertThat(lines[1]).contains("ClientRegistered", "registeredOn=" + TODAY, "alice", "Stránkový");
    }

    @Test
    void familyHistoryToo() {
        UUID familyId = alice.post("/api/families", Map.of("name", "Rodina Dějepisná")).createdId();
        JsonNode history = as("audrey").get("/api/audit/families/" + familyId + "/events").expect(200).json();
        assertThat(history.at("/items/0/type").asText()).isEqualTo("FamilyCreated");
        assertThat(history.at("/items/0/payload/name").asText()).isEqualTo("Rodina Dějepisná");
    }

    @Test
    void onlyAuditorsAndAdminsReadHistoriesOfFilesThatExist() {
        UUID clientId = registerClient(alice, "Jan", "Nepovolaný");
        alice.get("/api/audit/clients/" + clientId + "/events").expectProblem(403);
        as("carol").get("/api/audit/clients/" + clientId + "/events").expectProblem(403);
        as("stella").get("/api/audit/clients/" + clientId + "/events").expectProblem(403);
        as("audrey").get("/api/audit/clients/" + UUID.randomUUID() + "/events").expectProblem(404);
        as("audrey").get("/api/audit/families/" + clientId + "/events").expectProblem(404);
        as("audrey").get("/api/audit/people/" + clientId + "/events").expectProblem(400, "aggregateType", "type");
        as("audrey").get("/api/audit/clients/" + clientId + "/events?size=0").expectProblem(400);
    }
}

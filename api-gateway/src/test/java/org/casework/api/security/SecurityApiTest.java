package org.casework.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.casework.api.support.ApiTest;
import org.casework.api.support.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityApiTest extends ApiTest {

    @Test
    void everyApiEndpointNeedsAuthentication() {
        Response response = anonymous.get("/api/clients").expectProblem(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        anonymous.post("/api/clients", client("A", "B")).expectProblem(401);
        anonymous.get("/api/chronology").expectProblem(401);
        anonymous.get("/actuator/prometheus").expectProblem(401);
        anonymous.as("alice", "wrong").get("/api/clients").expectProblem(401);
        anonymous.as("nobody", "x").get("/api/clients").expectProblem(401);
    }

    @Test
    void controlCharactersInTheLoginAnswerTheUsual401() {
        String worker = newWorker("ctl");
        for (String name : List.of(worker + "\u0000", "\u0000" + worker, "\u0000", worker.replace('-', '\n'),
                worker + "\u007f", worker + "\u0085", "a".repeat(65))) {
            anonymous.as(name, worker + "-password").get("/api/clients").expectProblem(401);
        }
        anonymous.as(worker, worker + "-password\u0000").get("/api/clients").expectProblem(401);
        anonymous.as(worker, "\u0000\t\r").get("/api/clients").expectProblem(401);
        assertThat(jdbc.queryForObject("select count(*) from security_log where detail = 'unknown user'"
                + " and username = ?", Long.class, worker + "?")).as("NUL and DEL logged as ?").isEqualTo(2);
        as("adam").get("/api/admin/users/" + worker + "%00").expectProblem(400);
        as("adam").get("/api/admin/users/" + worker + "%7F").expectProblem(400, "username", "control-character");
        anonymous.as(worker, worker + "-password").get("/api/me").expect(200);
    }

    @Test
    void healthAndTheOpenApiDocumentArePublic() {
        assertThat(anonymous.get("/actuator/health").expect(200).json().get("status").asText()).isEqualTo("UP");
        JsonNode openApi = anonymous.get("/v3/api-docs").expect(200).json();
        assertThat(openApi.get("paths").has("/api/clients")).isTrue();
        assertThat(openApi.get("paths").has("/api/engagements/{engagementId}/consultations/batch")).isTrue();
        assertThat(openApi.get("paths").has("/api/chronology")).isTrue();
        anonymous.get("/swagger-ui/index.html").expect(200);
    }

    @Test
    void rolesThatDoNotKeepFilesCannotWriteThem() {
        long before = storedEvents();
        as("audrey").post("/api/clients", client("A", "B")).expectProblem(403);
        as("adam").post("/api/clients", client("A", "B")).expectProblem(403);
        as("stella").post("/api/clients", client("A", "B")).expectProblem(403);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void auditorsReadFilesButAdministratorsAndStatisticsDoNot() {
        UUID id = registerClient(alice, "Jan", "Malý");
        awaitClientCard(id);
        as("audrey").get("/api/clients/" + id).expect(200);
        as("carol").get("/api/clients/" + id).expect(200);
        as("dana").get("/api/chronology").expect(200);
        as("adam").get("/api/clients/" + id).expectProblem(403);
        as("stella").get("/api/clients").expectProblem(403);
    }

    @Test
    void metricsAreForAdministrators() {
        assertThat(as("adam").get("/actuator/prometheus").expect(200).body()).contains("jvm_memory_used_bytes");
        as("alice").get("/actuator/prometheus").expectProblem(403);
    }

    @Test
    void everyStoredEventCarriesActorRecordingTimeAndCorrelationId() throws Exception {
        Response created = as("bob").header("X-Correlation-Id", "ticket-4711")
                .post("/api/clients", client("Věra", "Kos"));
        UUID id = created.createdId();
        assertThat(created.header("X-Correlation-Id")).isEqualTo("ticket-4711");

        byte[] metadata = jdbc.queryForObject(
                "select meta_data from domain_event_entry where aggregate_identifier = ? and sequence_number = 0",
                byte[].class,
                id.toString());
        JsonNode stored = new ObjectMapper().readTree(metadata);
        assertThat(stored.get("actor").asText()).isEqualTo("bob");
        assertThat(stored.get("correlationId").asText()).isEqualTo("ticket-4711");
        assertThat(stored.get("recordedAt").asText()).startsWith(TODAY.getYear() + "-");
    }

    @Test
    void aCorrelationIdIsGeneratedWhenTheCallerSendsNoneOrAnUnsafeOne() {
        Response response = alice.header("X-Correlation-Id", "bad id\twith spaces").get("/api/clients");
        String generated = response.header("X-Correlation-Id");
        assertThat(UUID.fromString(generated)).isNotNull();
        Response error = alice.get("/api/clients/" + UUID.randomUUID()).expectProblem(404);
        assertThat(error.json().get("correlationId").asText()).isEqualTo(error.header("X-Correlation-Id"));
    }

    @Test
    void unknownRoutesAndMethodsAnswerProblems() {
        alice.get("/api/nothing-here").expectProblem(404);
        alice.send("DELETE", "/api/clients", null).expectProblem(405);
    }

    @Test
    void nonJsonBodiesAreRejected() {
        long before = storedEvents();
        alice.header("Content-Type", "text/plain").send("POST", "/api/clients", "Jana Dvořáková")
                .expectProblem(415);
        assertThat(storedEvents()).isEqualTo(before);
    }
}

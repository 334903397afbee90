package org.casework.api.platform;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.CaseworkApplication;
import org.casework.api.support.Api;
import org.casework.api.support.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The embedded default keeps its data on disk: whatever was stored is there after a restart, even after a kill. */
class RestartTest {

    @TempDir
    Path dataDirectory;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CaseworkApplication.class)
                .profiles("test")
                .run("--server.port=0",
                        "--casework.embedded-postgres.temporary=false",
                        "--casework.embedded-postgres.data-directory=" + dataDirectory);
    }

    private static Api api(ConfigurableApplicationContext context) {
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        return Api.at(port).as("alice");
    }

    private static JsonNode awaitCard(Api api, UUID clientId) {
        JsonNode[] card = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = api.get("/api/clients/" + clientId);
            card[0] = response.status() == 200 ? response.json() : null;
            return card[0] != null;
        });
        return card[0];
    }

    @Test
    void everythingStoredIsStillThereAfterARestart() {
        UUID clientId;
        UUID engagementId;
        try (ConfigurableApplicationContext first = start()) {
            Api api = api(first);
            clientId = api.post("/api/clients", Map.of("firstName", "Trvalá", "lastName", "Data",
                    "birthDate", "1970-01-01")).createdId();
            engagementId = api.post("/api/clients/" + clientId + "/engagements",
                    Map.of("title", "Restart", "openedOn", "2024-01-01")).createdId();
            api.post("/api/engagements/" + engagementId + "/consultations", Map.of("date", "2024-01-02",
                    "kind", "PHONE", "durationMinutes", 15, "place", "IN_OFFICE")).expect(201);
            awaitCard(api, clientId);
        }
        try (ConfigurableApplicationContext second = start()) {
            Api api = api(second);
            JsonNode card = awaitCard(api, clientId);
            assertThat(card.get("lastName").asText()).isEqualTo("Data");
            assertThat(card.get("lastContactOn").asText()).isEqualTo("2024-01-02");
            // the aggregates are rebuilt from the stored events: writing on continues the same engagement
            api.post("/api/engagements/" + engagementId + "/consultations", Map.of("date", "2024-01-03",
                    "kind", "EMAIL", "durationMinutes", 5, "place", "IN_OFFICE")).expect(201);
            await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/chronology?count=true&engagement=" + engagementId)
                    .json().get("total").asInt() == 2);
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKilledProcess() throws Exception {
        ServiceProcess service = ServiceProcess.start(dataDirectory, Path.of("target/killed-service.log"));
        UUID clientId;
        try {
            Api api = service.api().as("alice");
            clientId = api.post("/api/clients", Map.of("firstName", "Zabitá", "lastName", "Služba",
                    "birthDate", "1970-01-01")).createdId();
        } finally {
            service.process().destroyForcibly().waitFor();
        }
        // the killed service's PostgreSQL is still running on the data directory; the next start deals with it
        try (ConfigurableApplicationContext restarted = start()) {
            assertThat(awaitCard(api(restarted), clientId).get("firstName").asText()).isEqualTo("Zabitá");
        }
    }
}

package org.casework.api.status;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Api;
import org.casework.api.support.Eventually;
import org.casework.api.support.ServiceWithMovableClock;
import org.casework.api.support.ServiceWithMovableClock.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casework.api.support.ServiceWithMovableClock.api;

/**
 * Correcting the date of the last consultation moves the no-contact deadline (issue 20): moved back past the day
 * the rule falls due, the client is rejected at once, not on the day of the check the old date had scheduled.
 */
class NoContactAfterCorrectionTest {

    static final int N = 10;
    static final MovableClock CLOCK = ServiceWithMovableClock.CLOCK;

    @TempDir
    Path dataDirectory;

    @Test
    void aLastConsultationCorrectedBackMakesTheRuleFireOnTheCorrectedDay() {
        LocalDate day0 = LocalDate.now(ServiceWithMovableClock.PRAGUE).minusDays(N + 1);
        CLOCK.moveTo(day0);
        try (ConfigurableApplicationContext service = ServiceWithMovableClock.start(dataDirectory)) {
            api(service, "adam").put("/api/admin/settings", Map.of("statusMode", "AUTOMATIC",
                    "contactedStateUsed", false, "noContactDays", N, "consultationGapDays", 30,
                    "openEngagementDays", 365, "statusSharedWithFamily", false)).expect(200);
            Api alice = api(service, "alice");
            UUID clientId = alice.post("/api/clients", Map.of("firstName", "Opravený", "lastName", "Termín",
                    "birthDate", "1970-01-01", "registeredOn", day0.toString())).createdId();
            UUID engagementId = alice.post("/api/clients/" + clientId + "/engagements",
                    Map.of("title", "Housing", "openedOn", day0.toString())).createdId();
            consultation(alice, engagementId, day0);
            CLOCK.moveTo(day0.plusDays(N - 1));
            UUID late = consultation(alice, engagementId, day0.plusDays(N - 1));

            // the check of day N sees the consultation of day N-1 and moves on to day 2N-1
            CLOCK.moveTo(day0.plusDays(N + 1));
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select count(*) from scheduled_tasks where execution_time < ?", Long.class,
                    Timestamp.from(CLOCK.instant())) == 0);
            assertThat(history(alice, clientId).get("entries")).hasSize(1);

            alice.post("/api/engagements/" + engagementId + "/consultations/" + late + "/correction",
                    Map.of("date", day0.plusDays(1).toString(), "kind", "MEETING", "durationMinutes", 30,
                            "place", "IN_OFFICE", "reason", "it was the day after the first")).expect(204);

            JsonNode rejected = Eventually.json(alice, "/api/clients/" + clientId + "/status-history",
                    h -> h.get("entries").size() == 2);
            JsonNode entry = rejected.at("/entries/1");
            assertThat(entry.get("status").asText()).isEqualTo("REJECTED");
            assertThat(entry.get("reason").asText()).isEqualTo("DID_NOT_COME");
            assertThat(entry.get("effectiveDate").asText()).isEqualTo(day0.plusDays(1 + N).toString());
        } finally {
            CLOCK.moveTo(LocalDate.now(ServiceWithMovableClock.PRAGUE));
        }
    }

    private static UUID consultation(Api api, UUID engagementId, LocalDate day) {
        return api.post("/api/engagements/" + engagementId + "/consultations", Map.of("date", day.toString(),
                "kind", "MEETING", "durationMinutes", 30, "place", "IN_OFFICE")).createdId();
    }

    private static JsonNode history(Api api, UUID clientId) {
        return api.get("/api/clients/" + clientId + "/status-history").expect(200).json();
    }
}

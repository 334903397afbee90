package org.casework.api.status;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Api;
import org.casework.api.support.Eventually;
import org.casework.api.support.ServiceWithMovableClock;
import org.casework.api.support.ServiceWithMovableClock.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casework.api.support.ServiceWithMovableClock.api;

/**
 * The no-contact rule end to end, on a service whose clock the test moves (the persisted scheduler reads the same
 * clock): N days without a consultation make an applicant REJECTED with DID_NOT_COME, effective the last contact
 * plus N days; a consultation on day N-1 keeps the other client; the service is restarted between the scheduling
 * and the due day.
 */
class NoContactRuleTest {

    static final int N = 10;
    static final MovableClock CLOCK = ServiceWithMovableClock.CLOCK;

    @TempDir
    Path dataDirectory;

    private ConfigurableApplicationContext start() {
        return ServiceWithMovableClock.start(dataDirectory);
    }

    record File(UUID clientId, UUID engagementId) {
    }

    private static File clientWithConsultation(Api api, String lastName, LocalDate day) {
        UUID clientId = api.post("/api/clients", Map.of("firstName", "Nepřišel", "lastName", lastName,
                "birthDate", "1970-01-01", "registeredOn", day.toString())).createdId();
        UUID engagementId = api.post("/api/clients/" + clientId + "/engagements",
                Map.of("title", "Housing", "openedOn", day.toString())).createdId();
        consultation(api, engagementId, day);
        return new File(clientId, engagementId);
    }

    private static void consultation(Api api, UUID engagementId, LocalDate day) {
        api.post("/api/engagements/" + engagementId + "/consultations", Map.of("date", day.toString(),
                "kind", "MEETING", "durationMinutes", 30, "place", "IN_OFFICE")).expect(201);
    }

    private static JsonNode history(Api api, UUID clientId) {
        return api.get("/api/clients/" + clientId + "/status-history").expect(200).json();
    }

    @Test
    void clientWithoutAConsultationForNDaysIsRejectedOnDayNEvenAcrossARestart() {
        LocalDate day0 = LocalDate.now(ServiceWithMovableClock.PRAGUE);
        CLOCK.moveTo(day0);
        UUID silent;
        UUID keptClient;
        try (ConfigurableApplicationContext first = start()) {
            api(first, "adam").put("/api/admin/settings", Map.of("statusMode", "AUTOMATIC",
                    "contactedStateUsed", false, "noContactDays", N, "consultationGapDays", 30,
                    "openEngagementDays", 365, "statusSharedWithFamily", false)).expect(200);
            Api alice = api(first, "alice");
            silent = clientWithConsultation(alice, "Tichý", day0).clientId();
            File kept = clientWithConsultation(alice, "Věrný", day0);
            keptClient = kept.clientId();

            CLOCK.moveTo(day0.plusDays(N - 1));
            consultation(alice, kept.engagementId(), day0.plusDays(N - 1));
            Eventually.json(alice, "/api/clients/" + silent + "/status-history", h -> h.get("entries").size() == 1);
        }

        CLOCK.moveTo(day0.plusDays(N));
        try (ConfigurableApplicationContext second = start()) {
            Api alice = api(second, "alice");
            JsonNode rejected = Eventually.json(alice, "/api/clients/" + silent + "/status-history",
                    h -> h.get("entries").size() == 2);
            JsonNode entry = rejected.at("/entries/1");
            assertThat(entry.get("status").asText()).isEqualTo("REJECTED");
            assertThat(entry.get("reason").asText()).isEqualTo("DID_NOT_COME");
            assertThat(entry.get("source").asText()).isEqualTo("AUTOMATIC");
            assertThat(entry.get("effectiveDate").asText()).isEqualTo(day0.plusDays(N).toString());
            assertThat(entry.get("recordedBy").asText()).isEqualTo("system:no-contact");
            Eventually.json(alice, "/api/clients/" + silent, card -> card.path("colour").asText().equals("BLACK"));

            // the other client's check has run too, and moved to the day after the last consultation plus N
            await().atMost(Duration.ofSeconds(30)).until(() -> second.getBean(
                    org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                    "select count(*) from scheduled_tasks where execution_time < ?", Long.class,
                    java.sql.Timestamp.from(CLOCK.instant())) == 0);
            assertThat(history(alice, keptClient).get("entries")).hasSize(1);
            assertThat(history(alice, silent).get("entries")).hasSize(2);
        }
    }
}

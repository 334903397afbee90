package org.casework.api.status;

import com.fasterxml.jackson.databind.JsonNode;
import org.casework.api.support.Api;
import org.casework.api.support.Eventually;
import org.casework.api.support.ReadModelsCaughtUp;
import org.casework.api.support.ServiceWithMovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casework.api.support.ServiceWithMovableClock.api;

/**
 * Issue 20's defect: a file entered with backdated data (registration older than N days, then its engagement and
 * consultations a moment later) made the no-contact rule fire at once, and the automatic REJECTED it recorded stayed
 * although the consultations entered a second later disprove it. Now the system marks such an entry as entered in
 * error (visible in the history, reason the rule's) and the statistics do not count it. Own service: the statistics
 * are exact only where no other test writes.
 */
class BackdatedHistoryTest {

    static final int N = 10;

    @TempDir
    Path dataDirectory;

    private static void consultation(Api api, UUID engagementId, LocalDate day) {
        api.post("/api/engagements/" + engagementId + "/consultations", Map.of("date", day.toString(),
                "kind", "MEETING", "durationMinutes", 30, "place", "IN_OFFICE")).expect(201);
    }

    private static List<String> counting(JsonNode history) {
        List<String> entries = new ArrayList<>();
        history.get("entries").forEach(e -> {
            if (e.get("inError").isNull()) {
                entries.add(e.get("status").asText() + " " + e.get("effectiveDate").asText());
            }
        });
        return entries;
    }

    @Test
    void consultationsEnteredAfterTheRuleFiredWithdrawItsEntryAndTheStatisticsDoNotCountIt() {
        LocalDate today = LocalDate.now(ServiceWithMovableClock.PRAGUE);
        ServiceWithMovableClock.CLOCK.moveTo(today);
        try (ConfigurableApplicationContext service = ServiceWithMovableClock.start(dataDirectory)) {
            api(service, "adam").put("/api/admin/settings", Map.of("statusMode", "AUTOMATIC",
                    "contactedStateUsed", false, "noContactDays", N, "consultationGapDays", 30,
                    "openEngagementDays", 365, "statusSharedWithFamily", false)).expect(200);
            Api alice = api(service, "alice");
            LocalDate registered = today.minusDays(40);
            UUID clientId = alice.post("/api/clients", Map.of("firstName", "Zpětný", "lastName", "Zápis",
                    "birthDate", "1970-01-01", "registeredOn", registered.toString())).createdId();
            String history = "/api/clients/" + clientId + "/status-history";
            // the rule has fired: the file's first check fell due 30 days ago
            JsonNode fired = Eventually.json(alice, history, h -> h.get("entries").size() == 2);
            assertThat(fired.at("/entries/1/status").asText()).isEqualTo("REJECTED");
            assertThat(fired.at("/entries/1/effectiveDate").asText()).isEqualTo(registered.plusDays(N).toString());

            UUID engagementId = alice.post("/api/clients/" + clientId + "/engagements",
                    Map.of("title", "Housing", "openedOn", registered.toString())).createdId();
            for (int daysAgo : new int[]{35, 27, 19, 11, 3}) {
                consultation(alice, engagementId, today.minusDays(daysAgo));
            }

            JsonNode corrected = Eventually.json(alice, history,
                    h -> counting(h).equals(List.of("APPLICANT " + registered)));
            JsonNode withdrawn = corrected.at("/entries/1");
            assertThat(withdrawn.get("status").asText()).isEqualTo("REJECTED");
            assertThat(withdrawn.get("reason").asText()).isEqualTo("DID_NOT_COME");
            assertThat(withdrawn.at("/inError/bySystem").asBoolean()).isTrue();
            assertThat(withdrawn.at("/inError/reason").asText())
                    .isEqualTo("no-contact: contradicted by a consultation recorded later");
            Eventually.json(alice, "/api/clients/" + clientId,
                    card -> card.at("/status/status").asText().equals("APPLICANT"));
            ReadModelsCaughtUp.await(api(service, "adam"));
            // the disproving consultation replaced the file's pending check (found through the deadline index)
            // and the checks that fell due at once have run: one is left, N days after the last consultation
            await().atMost(Duration.ofSeconds(30)).until(() -> service.getBean(JdbcTemplate.class).queryForList("""
                    select (t.execution_time at time zone 'Europe/Prague')::date from scheduled_tasks t
                      join deadline_scope d on d.deadline_id = t.task_instance
                     where d.scope = ? and d.deadline_name = 'no-contact'""", LocalDate.class,
                    "Client:" + clientId), List.of(today.minusDays(3).plusDays(N))::equals);

            JsonNode statistics = api(service, "stella").get("/api/statistics/statuses?from=" + registered
                    + "&to=" + today).expect(200).json();
            assertThat(statistics.get("clients").toString()).isEqualTo("{\"inStatusOnTo\":{\"APPLICANT\":1},"
                    + "\"entered\":{\"APPLICANT\":1},\"reasons\":{},\"entriesBySource\":{\"AUTOMATIC\":1}}");
        }
    }
}

package org.casework.api.readmodel;

import org.casework.api.support.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Command handling, read-model lag and replay progress are meters at /actuator/prometheus, for ADMIN only. */
class MetricsTest extends ApiTest {

    @Test
    void commandTimersReadModelGaugesAndOverdueDeadlinesAreScraped() {
        UUID clientId = registerClient(alice, "Metrik", "Měřený");
        awaitClientCard(clientId);
        String scrape = as("adam").get("/actuator/prometheus").expect(200).body();
        assertThat(scrape)
                .contains("commandBus_allTimer_seconds_count{payloadType=\"RegisterClient\"}")
                .contains("casework_read_model_events_behind{read_model=\"read-models\"}")
                .contains("casework_read_model_replay_progress{read_model=\"read-models\"}")
                .contains("casework_read_model_replaying{read_model=\"family-automation\"}")
                .contains("casework_deadlines_overdue");
    }

    @Test
    void onlyAdminScrapes() {
        alice.get("/actuator/prometheus").expect(403);
        anonymous.get("/actuator/prometheus").expect(401);
    }
}

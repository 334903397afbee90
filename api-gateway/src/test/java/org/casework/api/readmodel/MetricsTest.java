package org.casework.api.readmodel;

import org.casework.api.support.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Command handling, read-model lag and replay progress are meters at /actuator/prometheus, for ADMIN and for the
 * monitoring system's user (role METRICS); failed logins are counted by reason.
 */
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
    void onlyAdminAndTheMetricsRoleScrape() {
        as("prometheus").get("/actuator/prometheus").expect(200);
        as("adam").get("/actuator/prometheus").expect(200);
        alice.get("/actuator/prometheus").expect(403);
        anonymous.get("/actuator/prometheus").expect(401);
    }

    @Test
    void theMetricsRoleReachesNothingElse() {
        as("prometheus").get("/actuator/metrics").expect(403);
        as("prometheus").get("/actuator/env").expect(403);
        as("prometheus").get("/api/me").expect(403);
        as("prometheus").get("/api/clients").expect(403);
    }

    @Test
    void aFailedLoginIsCountedByItsReason() {
        double unknownBefore = loginFailures("unknown-user");
        double wrongBefore = loginFailures("wrong-password");
        anonymous.as("nobody-" + UUID.randomUUID(), "whatever-password").get("/api/me").expect(401);
        assertThat(loginFailures("unknown-user")).isEqualTo(unknownBefore + 1);
        assertThat(loginFailures("wrong-password")).isEqualTo(wrongBefore);
    }

    private double loginFailures(String reason) {
        String series = "casework_security_login_failures_total{reason=\"" + reason + "\"} ";
        return as("prometheus").get("/actuator/prometheus").expect(200).body().lines()
                .filter(line -> line.startsWith(series))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length()))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + series));
    }
}

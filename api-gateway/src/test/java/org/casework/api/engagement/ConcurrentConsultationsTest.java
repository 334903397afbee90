package org.casework.api.engagement;

import org.casework.api.support.Api;
import org.casework.api.support.ApiTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConcurrentConsultationsTest extends ApiTest {

    private static final int THREADS = 16;
    private static final int PER_THREAD = 50;

    @Test
    void concurrentWritesToOneEngagementKeepEveryConsultationInAGapFreeSequence() throws Exception {
        UUID clientId = registerClient(alice, "Souběžná", "Klientka");
        UUID engagementId = openEngagement(alice, clientId, TODAY.minusDays(5));
        String path = "/api/engagements/" + engagementId + "/consultations";

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<Integer>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Api worker = t % 2 == 0 ? alice : as("carol");
            results.add(pool.submit(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < PER_THREAD; i++) {
                    statuses.add(worker.post(path, meeting(TODAY.minusDays(i % 5), 10 + i)).status());
                }
                return statuses;
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<List<Integer>> result : results) {
            statuses.addAll(result.get());
        }
        pool.shutdown();
        assertThat(statuses).hasSize(THREADS * PER_THREAD).containsOnly(201);

        List<Map<String, Object>> stored = jdbc.queryForList(
                "select sequence_number, payload_type from domain_event_entry where aggregate_identifier = ? "
                        + "order by sequence_number", engagementId.toString());
        assertThat(stored).hasSize(1 + THREADS * PER_THREAD);
        assertThat(stored.get(0).get("payload_type")).isEqualTo("org.casework.domain.engagement.EngagementOpened");
        List<Map<String, Object>> consultations = stored.subList(1, stored.size());
        assertThat(consultations).extracting(row -> row.get("payload_type"))
                .containsOnly("org.casework.domain.engagement.ConsultationRecorded");
        assertThat(consultations).extracting(row -> ((Number) row.get("sequence_number")).longValue())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, THREADS * PER_THREAD).boxed().toList());

        // the engagement is loaded from a snapshot now (taken in the background, after the commits), and it still
        // knows its last consultation
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select max(sequence_number) from "
                + "snapshot_event_entry where aggregate_identifier = ?", Long.class,
                engagementId.toString()), last -> last != null && last > 700);
        alice.post(path.replace("consultations", "closure"),
                        Map.of("closedOn", TODAY.minusDays(1).toString(), "reason", "SUCCESSFUL"))
                .expectProblem(422, "closedOn", "not-before-last-consultation");

        awaitJson(alice, "/api/chronology?count=true&engagement=" + engagementId + "&size=1",
                page -> page.get("total").asInt() == THREADS * PER_THREAD);
        awaitJson(alice, "/api/engagements/" + engagementId,
                e -> e.get("consultationCount").asInt() == THREADS * PER_THREAD);
    }
}

package org.casework.api.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.casework.api.database.EmbeddedDatabase;
import org.casework.api.support.Api;
import org.casework.api.support.ApiTest;
import org.casework.api.support.SecondNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service nodes on one PostgreSQL write into the same engagement at once. Each node serialises its own
 * writers, but the nodes race: the loser of a race is retried on fresh state. Whatever is answered, the store
 * holds exactly the acknowledged consultations in a gap-free sequence.
 */
class TwoNodesTest extends ApiTest {

    private static final int THREADS_PER_NODE = 6;
    private static final int PER_THREAD = 25;

    @Autowired
    private EmbeddedDatabase database;
    @Autowired
    private ConfigurableApplicationContext applicationContext;

    private static double retries(ConfigurableApplicationContext node) {
        Counter counter = node.getBean(MeterRegistry.class).find("casework.commands.concurrency.retries").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void twoNodesWritingToOneEngagementKeepEveryAcknowledgedConsultationInAGapFreeSequence() throws Exception {
        UUID clientId = registerClient(alice, "Dva", "Uzly");
        UUID engagementId = openEngagement(alice, clientId, TODAY.minusDays(5));
        String path = "/api/engagements/" + engagementId + "/consultations";

        try (ConfigurableApplicationContext secondNode = SecondNode.start(database)) {
            Api second = SecondNode.api(secondNode, "carol");

            ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (int t = 0; t < 2 * THREADS_PER_NODE; t++) {
                Api node = t % 2 == 0 ? alice : second;
                results.add(pool.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < PER_THREAD; i++) {
                        statuses.add(node.post(path, meeting(TODAY, 15)).status());
                    }
                    return statuses;
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<List<Integer>> result : results) {
                statuses.addAll(result.get());
            }
            pool.shutdown();

            assertThat(retries(applicationContext) + retries(secondNode)).as("the nodes raced")
                    .isPositive();
            assertThat(statuses).hasSize(2 * THREADS_PER_NODE * PER_THREAD).isSubsetOf(201, 409);
            long acknowledged = statuses.stream().filter(status -> status == 201).count();
            assertThat(acknowledged).as("almost every lost race is retried successfully")
                    .isGreaterThan(statuses.size() * 9L / 10);
            List<Long> sequence = jdbc.queryForList("select sequence_number from domain_event_entry "
                    + "where aggregate_identifier = ? and sequence_number > 0 order by sequence_number", Long.class,
                    engagementId.toString());
            assertThat(sequence).containsExactlyElementsOf(LongStream.rangeClosed(1, acknowledged).boxed().toList());
            awaitJson(alice, "/api/engagements/" + engagementId,
                    e -> e.get("consultationCount").asLong() == acknowledged);
        }
    }
}

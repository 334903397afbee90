package org.casework.api.family;

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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client belongs to at most one family at a time, also when two families add the same client at the same moment:
 * on one node (where the client's file is locked) and on two nodes (where the event store's unique sequence number
 * decides and the loser is retried on fresh state). Exactly one add succeeds; the other is told why.
 */
class FamilyMembershipRaceTest extends ApiTest {

    private static final int ROUNDS = 8;

    @Autowired
    private EmbeddedDatabase database;

    @Test
    void twoConcurrentAddsOfOneClientOnOneNode() throws Exception {
        race(alice, alice);
    }

    @Test
    void twoConcurrentAddsOfOneClientOnTwoNodes() throws Exception {
        try (ConfigurableApplicationContext secondNode = SecondNode.start(database)) {
            Api second = SecondNode.api(secondNode, "carol");
            race(alice, second);
        }
    }

    private void race(Api first, Api second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                UUID client = registerClient(alice, "Sporný", "Člen" + round);
                UUID familyA = alice.post("/api/families", Map.of("name", "Rodina A" + round)).createdId();
                UUID familyB = alice.post("/api/families", Map.of("name", "Rodina B" + round)).createdId();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (Object[] attempt : new Object[][] {{first, familyA}, {second, familyB}}) {
                    Api node = (Api) attempt[0];
                    UUID family = (UUID) attempt[1];
                    answers.add(pool.submit(() -> {
                        start.await();
                        return node.post("/api/families/" + family + "/members",
                                Map.of("clientId", client, "relation", "CHILD")).status();
                    }));
                }
                start.countDown();
                List<Integer> statuses = List.of(answers.get(0).get(), answers.get(1).get());

                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(204, 422);
                assertThat(events(client, "ClientJoinedFamily")).as("the client joined once").isEqualTo(1);
                assertThat(events(familyA, "MemberAdded") + events(familyB, "MemberAdded"))
                        .as("one family gained the member").isEqualTo(1);
                UUID winner = statuses.get(0) == 204 ? familyA : familyB;
                awaitJson(alice, "/api/clients/" + client,
                        card -> card.at("/family/id").asText().equals(winner.toString()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private long events(UUID aggregateId, String type) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like ?", Long.class, aggregateId.toString(), "%." + type);
    }
}

package org.casework.api.readmodel;

import org.casework.api.support.Api;
import org.casework.api.support.OwnServiceTest;
import org.casework.api.support.ReadModelRebuild;
import org.casework.api.support.ReadModelsCaughtUp;
import org.casework.api.support.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild while eight writers keep recording consultations: no acknowledged write is lost or applied twice across
 * the swap, and what the read models hold afterwards equals a second rebuild from scratch. Own service, its rebuild
 * held to 300 events a second so the writers overlap every phase of it.
 */
class RebuildUnderLoadTest extends OwnServiceTest {

    private static final int WRITERS = 8;

    @Override
    protected String[] serviceArguments() {
        return new String[] {"--casework.rebuild.max-events-per-second=300"};
    }

    @Test
    void aRebuildUnderEightWritersKeepsEveryAcknowledgedWriteAndEqualsASecondRebuild() throws Exception {
        Api adam = as("adam");
        Api alice = as("alice");
        String today = today().toString();
        List<UUID> engagements = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            UUID client = alice.post("/api/clients", Map.of("firstName", "Souběžná", "lastName", "Klientka" + i,
                    "birthDate", "1980-01-01")).createdId();
            engagements.add(alice.post("/api/clients/" + client + "/engagements",
                    Map.of("title", "Dluhy", "openedOn", today)).createdId());
        }
        // some history for the rebuild to read
        for (int i = 0; i < 300; i++) {
            alice.post("/api/engagements/" + engagements.get(i % WRITERS) + "/consultations", Map.of("date", today,
                    "kind", "MEETING", "durationMinutes", 15, "place", "IN_OFFICE")).expect(201);
        }
        ReadModelsCaughtUp.await(adam);

        Map<UUID, Set<UUID>> acknowledged = new ConcurrentHashMap<>();
        engagements.forEach(engagement -> acknowledged.put(engagement, ConcurrentHashMap.newKeySet()));
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> running = new ArrayList<>();
        for (UUID engagement : engagements) {
            running.add(writers.submit(() -> {
                while (!stop.get()) {
                    Response recorded = alice.post("/api/engagements/" + engagement + "/consultations", Map.of(
                            "date", today, "kind", "PHONE", "durationMinutes", 5, "place", "IN_OFFICE"));
                    if (recorded.status() == 201) {
                        acknowledged.get(engagement).add(recorded.createdId());
                    }
                }
                return null;
            }));
        }
        Thread.sleep(300);
        adam.post("/api/admin/projections/replay", "").expect(202);
        ReadModelRebuild.awaitDone(adam);
        Thread.sleep(500);
        stop.set(true);
        for (Future<?> writer : running) {
            writer.get(30, TimeUnit.SECONDS);
        }
        writers.shutdown();
        ReadModelsCaughtUp.await(adam);

        Map<String, List<String>> afterLoad = ReadModelRebuild.dump(jdbc);
        int written = acknowledged.values().stream().mapToInt(Set::size).sum();
        assertThat(written).as("consultations written during the rebuild").isGreaterThan(20);
        Set<String> inChronology = Set.copyOf(jdbc.queryForList(
                "select consultation_id::text from chronology_entry", String.class));
        acknowledged.values().forEach(ids -> ids.forEach(id -> assertThat(inChronology).contains(id.toString())));
        for (UUID engagement : engagements) {
            Integer count = jdbc.queryForObject("select count(*) from chronology_entry where engagement_id = ?",
                    Integer.class, engagement);
            assertThat(jdbc.queryForObject("select consultation_count from engagement_view where id = ?",
                    Integer.class, engagement)).as("consultations counted once each").isEqualTo(count);
        }
        assertThat(inChronology).hasSize(300 + written);

        ReadModelRebuild.replayAll(adam);
        for (String table : List.of("client_file", "family_file", "engagement_view")) {
            assertThat(jdbc.queryForObject("select array_to_string(reloptions, ',') from pg_class"
                    + " where oid = to_regclass(?)", String.class, "public." + table))
                    .as(table + ": the vacuum settings of V24 survive the swap")
                    .contains("autovacuum_vacuum_scale_factor=0.02");
        }
        Map<String, List<String>> rebuiltAgain = ReadModelRebuild.dump(jdbc);
        for (String table : afterLoad.keySet()) {
            assertThat(rebuiltAgain.get(table)).as(table).containsExactlyElementsOf(afterLoad.get(table));
        }
    }
}

package org.casework.benchmark;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rebuild of every read model in one pass through {@code POST /api/admin/projections/replay}, timed until it has
 * swapped its tables in and every read model has caught up again; the seconds of each phase (reading, writing,
 * indexing, swapping) as the service's progress shows them; and in the same run the floor, one plain read of the
 * event table in global order.
 */
final class Replay {

    private static final List<String> RUNNING = List.of("READING", "WRITING", "INDEXING", "SWAPPING");

    private final Service service;
    private final ReadModels readModels;

    Replay(Service service) {
        this.service = service;
        this.readModels = new ReadModels(service);
    }

    Map<String, Object> run() throws Exception {
        Map<String, Object> floor = plainRead();
        List<String> names = readModels.replayable();
        long events = service.number("select count(*) from domain_event_entry");
        Http admin = service.as(Service.ADMIN);
        long started = System.nanoTime();
        int status = admin.post("/api/admin/projections/replay", Map.of()).statusCode();
        if (status != 202) {
            throw new IllegalStateException("The rebuild answered " + status);
        }
        Map<String, Object> phases = new LinkedHashMap<>();
        String phase = "READING";
        long phaseStarted = started;
        JsonNode rebuild;
        double heapBefore = heapUsed(admin);
        double heapMax = heapBefore;
        while (true) {
            rebuild = admin.json("/api/admin/projections/replay");
            heapMax = Math.max(heapMax, heapUsed(admin));
            String now = rebuild.path("phase").asText();
            if (!now.equals(phase)) {
                long at = System.nanoTime();
                phases.put(phase.toLowerCase(), Latencies.round((at - phaseStarted) / 1e9));
                phase = now;
                phaseStarted = at;
            }
            if (!RUNNING.contains(now)) {
                break;
            }
            Thread.sleep(50);
        }
        if (!"DONE".equals(phase)) {
            throw new IllegalStateException("The rebuild ended " + rebuild);
        }
        double rebuilt = (System.nanoTime() - started) / 1e9;
        long head = readModels.head();
        while (!caughtUp(names, head)) {
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double perSecond = Latencies.round(events / seconds);
        double floorPerSecond = (double) floor.get("eventsPerSecond");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("readModels", names);
        result.put("events", events);
        result.put("rows", rebuild.path("rowsWritten").asLong());
        result.put("seconds", Latencies.round(seconds));
        result.put("secondsUntilSwapped", Latencies.round(rebuilt));
        result.put("eventsPerSecond", perSecond);
        result.put("readingEventsPerSecond", rebuild.path("eventsPerSecond").asDouble());
        result.put("secondsPerPhase", phases);
        result.put("heapUsedBeforeMegabytes", Latencies.round(heapBefore / 1e6));
        result.put("heapUsedMaxMegabytes", Latencies.round(heapMax / 1e6));
        result.put("floor", floor);
        result.put("ratio", Latencies.round(perSecond / floorPerSecond));
        System.out.printf("  rebuild: %d events in %.1f s (%s), %.0f events/s | plain read %.0f events/s | ratio %.3f%n",
                events, seconds, phases, perSecond, floorPerSecond, perSecond / floorPerSecond);
        return result;
    }

    private boolean caughtUp(List<String> names, long head) throws Exception {
        for (JsonNode state : readModels.states()) {
            if (names.contains(state.path("name").asText()) && state.path("position").asLong(-1) < head) {
                return false;
            }
        }
        return true;
    }

    /** The service's heap in use now (bytes), as its metrics endpoint reports it. */
    private static double heapUsed(Http admin) throws Exception {
        return admin.json("/actuator/metrics/jvm.memory.used?tag=area:heap").path("measurements").path(0)
                .path("value").asDouble();
    }

    /** Every event row with all its columns, in global order, fetched a thousand at a time. */
    private Map<String, Object> plainRead() throws Exception {
        long rows = 0;
        long bytes = 0;
        long started = System.nanoTime();
        try (Connection connection = service.database()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(1000);
                try (ResultSet result = statement.executeQuery("""
                        select global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                               payload_type, payload_revision, payload, meta_data
                        from domain_event_entry order by global_index""")) {
                    while (result.next()) {
                        rows++;
                        bytes += result.getBytes(9).length;
                        byte[] metadata = result.getBytes(10);
                        bytes += metadata == null ? 0 : metadata.length;
                    }
                }
            }
            connection.commit();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> floor = new LinkedHashMap<>();
        floor.put("events", rows);
        floor.put("megabytes", Latencies.round(bytes / 1e6));
        floor.put("seconds", Latencies.round(seconds));
        floor.put("eventsPerSecond", Latencies.round(rows / seconds));
        return floor;
    }
}

package org.casework.benchmark;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rebuild of every read model from the store through {@code POST /api/admin/projections/{name}/replay}, all at
 * once, timed until each has processed every event; and in the same run the floor, one plain read of the event
 * table in global order.
 */
final class Replay {

    private final Service service;
    private final ReadModels readModels;

    Replay(Service service) {
        this.service = service;
        this.readModels = new ReadModels(service);
    }

    Map<String, Object> run() throws Exception {
        Map<String, Object> floor = plainRead();
        List<String> names = readModels.replayable();
        long head = readModels.head();
        long events = service.number("select count(*) from domain_event_entry");
        Http admin = service.as(Service.ADMIN);
        long started = System.nanoTime();
        for (String name : names) {
            int status = admin.post("/api/admin/projections/" + name + "/replay", Map.of()).statusCode();
            if (status != 202) {
                throw new IllegalStateException("Replay of " + name + " answered " + status);
            }
        }
        Map<String, Object> finished = new LinkedHashMap<>();
        while (finished.size() < names.size()) {
            for (JsonNode state : readModels.states()) {
                String name = state.path("name").asText();
                if (names.contains(name) && !finished.containsKey(name) && !state.path("replaying").asBoolean()
                        && state.path("position").asLong(-1) >= head) {
                    finished.put(name, Latencies.round((System.nanoTime() - started) / 1e9));
                }
            }
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double perSecond = Latencies.round(events / seconds);
        double floorPerSecond = (double) floor.get("eventsPerSecond");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("readModels", names);
        result.put("events", events);
        result.put("seconds", Latencies.round(seconds));
        result.put("eventsPerSecond", perSecond);
        result.put("secondsPerReadModel", finished);
        result.put("floor", floor);
        result.put("ratio", Latencies.round(perSecond / floorPerSecond));
        System.out.printf("  replay: %d events in %.1f s, %.0f events/s | plain read %.0f events/s | ratio %.3f%n",
                events, seconds, perSecond, floorPerSecond, perSecond / floorPerSecond);
        return result;
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

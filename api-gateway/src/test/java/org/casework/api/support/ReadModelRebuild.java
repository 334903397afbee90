package org.casework.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every read-model table as comparable rows, and a rebuild of every replayable read model from the event store. */
public final class ReadModelRebuild {

    /** Every read-model table; identity columns ({@code id} numbers) are left out of the comparison. */
    public static final Map<String, Boolean> TABLES = Map.ofEntries(
            Map.entry("client_file", false), Map.entry("engagement_view", false),
            Map.entry("chronology_entry", false), Map.entry("contract", false), Map.entry("plan_version", true),
            Map.entry("status_entry", false), Map.entry("status_period", true), Map.entry("status_day", true),
            Map.entry("status_entry_day", false), Map.entry("family_file", false), Map.entry("family_member", true),
            Map.entry("household_assessment", false));

    private ReadModelRebuild() {
    }

    /** Each table's rows as JSON text, sorted. */
    public static Map<String, List<String>> dump(JdbcTemplate jdbc) {
        Map<String, List<String>> tables = new TreeMap<>();
        TABLES.forEach((table, identity) -> tables.put(table, jdbc.queryForList(
                "select (to_jsonb(t)" + (identity ? " - 'id'" : "") + ")::text from " + table + " t order by 1",
                String.class)));
        return tables;
    }

    /**
     * Rebuilds every replayable read model in one pass, checks that a policy refuses one, waits until the rebuild is
     * done and every read model has caught up; returns the names rebuilt.
     */
    public static List<String> replayAll(Api admin) {
        List<String> replayed = new ArrayList<>();
        for (JsonNode model : admin.get("/api/admin/projections").expect(200).json()) {
            if (!model.get("replayable").asBoolean()) {
                admin.post("/api/admin/projections/" + model.get("name").asText() + "/replay", "").expectProblem(409);
            }
        }
        admin.post("/api/admin/projections/replay", "").expect(202).json()
                .forEach(model -> replayed.add(model.get("name").asText()));
        awaitRebuilt(admin);
        return replayed;
    }

    /** Waits until the rebuild under way is done (fails if it failed or was cancelled) and all have caught up. */
    public static JsonNode awaitRebuilt(Api admin) {
        JsonNode done = awaitDone(admin);
        ReadModelsCaughtUp.await(admin);
        return done;
    }

    /** Waits until the rebuild under way is done (fails if it failed or was cancelled). */
    public static JsonNode awaitDone(Api admin) {
        JsonNode[] last = new JsonNode[1];
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    last[0] = admin.get("/api/admin/projections/replay").expect(200).json();
                    return !List.of("READING", "WRITING", "INDEXING", "SWAPPING")
                            .contains(last[0].get("phase").asText());
                });
        if (!"DONE".equals(last[0].get("phase").asText())) {
            throw new AssertionError("rebuild ended " + last[0]);
        }
        return last[0];
    }
}

package org.casework.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every read-model table as comparable rows, and a rebuild of every replayable read model from the event store. */
public final class ReadModelRebuild {

    /** Every read-model table; identity columns ({@code id} numbers) are left out of the comparison. */
    public static final Map<String, Boolean> TABLES = Map.of(
            "client_file", false, "engagement_view", false, "chronology_entry", false, "contract", false,
            "plan_version", true, "status_entry", false, "status_period", true, "family_file", false,
            "family_member", true, "household_assessment", false);

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

    /** Replays every replayable read model and waits until all have caught up; returns the names replayed. */
    public static List<String> replayAll(Api admin) {
        List<String> replayed = new ArrayList<>();
        for (JsonNode model : admin.get("/api/admin/projections").expect(200).json()) {
            String name = model.get("name").asText();
            if (model.get("replayable").asBoolean()) {
                admin.post("/api/admin/projections/" + name + "/replay", "").expect(202);
                replayed.add(name);
            } else {
                admin.post("/api/admin/projections/" + name + "/replay", "").expectProblem(409);
            }
        }
        ReadModelsCaughtUp.await(admin);
        return replayed;
    }
}

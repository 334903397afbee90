package org.casework.benchmark;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The read models' processors as {@code GET /api/admin/projections} shows them, and the store's head. */
final class ReadModels {

    private final Http admin;
    private final Service service;

    ReadModels(Service service) {
        this.service = service;
        this.admin = service.as(Service.ADMIN);
    }

    JsonNode states() throws Exception {
        return admin.json("/api/admin/projections");
    }

    List<String> replayable() throws Exception {
        List<String> names = new ArrayList<>();
        for (JsonNode state : states()) {
            if (state.path("replayable").asBoolean()) {
                names.add(state.path("name").asText());
            }
        }
        return names;
    }

    /** The lowest position of any processor: every event up to it is in each of them. */
    long slowestPosition() throws Exception {
        return slowestPosition(false);
    }

    /**
     * The lowest position of any processor (or of the read models only: the policies, which are not replayable,
     * left out): every event up to it is in each of them.
     */
    long slowestPosition(boolean readModelsOnly) throws Exception {
        long slowest = Long.MAX_VALUE;
        for (JsonNode state : states()) {
            if (!readModelsOnly || state.path("replayable").asBoolean()) {
                slowest = Math.min(slowest, state.path("position").asLong(-1));
            }
        }
        return slowest;
    }

    /** "name position", each processor not yet at the head, for the report of a run measured before they were. */
    List<String> behind() throws Exception {
        long head = head();
        List<String> behind = new ArrayList<>();
        for (JsonNode state : states()) {
            long position = state.path("position").asLong(-1);
            if (position < head) {
                behind.add(String.format(java.util.Locale.ROOT, "%s at %,d of %,d events",
                        state.path("name").asText(), position, head));
            }
        }
        return behind;
    }

    long head() throws SQLException {
        return service.number("select coalesce(max(global_index), 0) from domain_event_entry");
    }

    long overdueDeadlines() throws SQLException {
        return service.number("select count(*) from scheduled_tasks where execution_time <= now()");
    }

    /**
     * Waits until every read model holds every stored event and no automatic-status deadline is overdue (after a
     * load, the no-contact checks of files registered long ago fall due at once). Answers the seconds waited.
     */
    double awaitQuiet(Duration atMost) throws Exception {
        return awaitQuiet(atMost, false);
    }

    /** As {@link #awaitQuiet(Duration)}, with {@code readModelsOnly} not waiting for the policies' processors. */
    double awaitQuiet(Duration atMost, boolean readModelsOnly) throws Exception {
        long started = System.nanoTime();
        long deadline = started + atMost.toNanos();
        int quietInARow = 0;
        while (System.nanoTime() < deadline) {
            boolean quiet = slowestPosition(readModelsOnly) >= head() && overdueDeadlines() == 0;
            quietInARow = quiet ? quietInARow + 1 : 0;
            if (quietInARow == 3) {
                return (System.nanoTime() - started) / 1e9;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Read models or deadlines still busy after " + atMost);
    }
}

package org.casework.api.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** Waits (through the admin API) until every read model has processed every stored event and none is replaying. */
public final class ReadModelsCaughtUp {

    private ReadModelsCaughtUp() {
    }

    public static void await(Api admin) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> allCaughtUp(admin.get("/api/admin/projections").expect(200).json()));
    }

    private static boolean allCaughtUp(JsonNode readModels) {
        for (JsonNode model : readModels) {
            if (!model.get("running").asBoolean() || model.get("replaying").asBoolean()
                    || !model.get("caughtUp").asBoolean()
                    || model.get("position").asLong(-1) < model.get("head").asLong()) {
                return false;
            }
        }
        return true;
    }
}

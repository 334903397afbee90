package org.casework.api.readmodel;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Health "readModels": DEGRADED while a read model holds dead letters (answered 200, ordered between DOWN and UP in
 * application.yml; the liveness and readiness probes leave it out), with the reason and the counts per read model.
 */
@Component("readModelsHealthIndicator")
class ReadModelHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "a read model holds events it could not apply");

    private final ReadModels readModels;

    ReadModelHealth(ReadModels readModels) {
        this.readModels = readModels;
    }

    @Override
    public Health health() {
        Map<String, Object> deadLetters = new LinkedHashMap<>();
        long files = 0;
        for (ReadModelState state : readModels.states()) {
            ReadModelState.DeadLetterSummary summary = state.deadLetters();
            if (summary != null && summary.letters() > 0) {
                deadLetters.put(state.name(), Map.of("deadLetters", summary.letters(),
                        "sequences", summary.sequences()));
                files += summary.sequences();
            }
        }
        if (deadLetters.isEmpty()) {
            return Health.up().build();
        }
        return Health.status(DEGRADED)
                .withDetail("reason", "dead letters in " + String.join(", ", deadLetters.keySet()) + ": events of "
                        + files + " file(s) are not applied; see GET /api/admin/projections, then retry or evict")
                .withDetail("readModels", deadLetters)
                .build();
    }
}

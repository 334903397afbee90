package org.casework.api.readmodel;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Gauges per read model, for /actuator/prometheus: {@code casework_read_model_events_behind} (the newest stored
 * event's index minus the read model's position), {@code casework_read_model_replay_progress} (0 to 1 while it
 * replays, else 1), {@code casework_read_model_replaying} (1 while it replays) and
 * {@code casework_read_model_dead_letters} (events it could not apply, waiting in its dead-letter queue). They are read from the
 * processors' tokens when scraped, once per scrape, so they cost nothing per event (docs/benchmarks.md).
 */
@Component
class ReadModelMeters {

    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final ReadModels readModels;
    private final MeterRegistry meters;
    private List<ReadModelState> states = List.of();
    private long readAt = System.nanoTime() - FRESH_FOR.toNanos() - 1;

    ReadModelMeters(ReadModels readModels, MeterRegistry meters) {
        this.readModels = readModels;
        this.meters = meters;
    }

    @EventListener(ApplicationStartedEvent.class)
    void register() {
        for (ReadModelState state : readModels.states()) {
            String name = state.name();
            gauge("casework.read_model.events_behind", name, "Stored events this read model has not processed yet",
                    s -> s.head() == null || s.position() == null ? 0 : Math.max(0, s.head() - s.position()));
            gauge("casework.read_model.replay_progress", name, "Share of the store replayed; 1 when not replaying",
                    s -> s.replayProgressPercent() == null ? 1 : s.replayProgressPercent() / 100);
            gauge("casework.read_model.replaying", name, "1 while the read model is being rebuilt",
                    s -> s.replaying() ? 1 : 0);
            if (state.deadLetters() != null) {
                gauge("casework.read_model.dead_letters", name, "Events this read model could not apply",
                        s -> s.deadLetters() == null ? 0 : s.deadLetters().letters());
            }
        }
    }

    private void gauge(String meter, String name, String description, ToDoubleFunction<ReadModelState> value) {
        Gauge.builder(meter, this, meters -> meters.state(name).map(value::applyAsDouble).orElse(Double.NaN))
                .tag("read_model", name).description(description).register(meters);
    }

    private synchronized Optional<ReadModelState> state(String name) {
        long now = System.nanoTime();
        if (now - readAt > FRESH_FOR.toNanos()) {
            states = readModels.states();
            readAt = now;
        }
        return states.stream().filter(state -> state.name().equals(name)).findFirst();
    }
}

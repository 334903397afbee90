package org.casework.api.readmodel;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.casework.api.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Replays on demand. A replay stops the processor on this node, resets its tokens (its {@code @ResetHandler}s clear
 * its tables in the same step) and starts it again from the first event; meanwhile the other read models and the
 * API keep answering, this one with what it has rebuilt so far. Processors with side effects (policies) refuse, and
 * so does a read model already replaying. With several nodes, stop the processor on the others first: a reset
 * needs every segment unclaimed. A replay also clears the read model's dead letters: their events are applied again
 * with all the others. While replays run, their progress is logged every {@link #PROGRESS_LOG_INTERVAL}.
 */
@Component
public class ReadModels {

    private static final Logger log = LoggerFactory.getLogger(ReadModels.class);
    static final Duration PROGRESS_LOG_INTERVAL = Duration.ofSeconds(5);
    /** How long a replay may take to claim its segments before it no longer counts as starting. */
    private static final Duration STARTING = Duration.ofSeconds(30);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final DeadLetters deadLetters;
    private final Clock clock;
    private final Map<String, ReplayStart> replays = new ConcurrentHashMap<>();

    ReadModels(EventProcessingConfiguration processing, EventStore eventStore, DeadLetters deadLetters, Clock clock) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.deadLetters = deadLetters;
        this.clock = clock;
    }

    private record ReplayStart(Instant at, long total) {
    }

    public List<ReadModelState> states() {
        Long head = position(eventStore.createHeadToken());
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(processor -> state((StreamingEventProcessor) processor, head))
                .sorted(Comparator.comparing(ReadModelState::name))
                .toList();
    }

    public ReadModelState state(String name) {
        return state(processor(name), position(eventStore.createHeadToken()));
    }

    public ReadModelState replay(String name) {
        StreamingEventProcessor processor = processor(name);
        if (!processor.supportsReset()) {
            throw new NotReplayableException(name);
        }
        if (replaying(processor)) {
            throw new ReplayRunningException(name);
        }
        start(processor);
        return state(name);
    }

    /** Replays every read model at once; refused, and none started, while one of them is replaying. */
    public synchronized List<ReadModelState> replayAll() {
        List<StreamingEventProcessor> readModels = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::supportsReset).toList();
        readModels.stream().filter(this::replaying).findFirst().ifPresent(running -> {
            throw new ReplayRunningException(running.getName());
        });
        readModels.forEach(this::start);
        return states().stream().filter(ReadModelState::replayable).toList();
    }

    private synchronized void start(StreamingEventProcessor processor) {
        Long head = position(eventStore.createHeadToken());
        log.info("Replaying read model {} ({} events)", processor.getName(), head);
        replays.put(processor.getName(), new ReplayStart(clock.instant(), head == null ? 0 : head));
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    /** One line per read model replaying: events done of all, rate, time left. */
    void logProgress() {
        states().stream().filter(state -> state.replay() != null).forEach(state -> log.info(
                "Replaying read model {}: {} of {} events, {} events/s, about {} s left", state.name(),
                state.replay().eventsDone(), state.replay().eventsTotal(), state.replay().eventsPerSecond(),
                state.replay().secondsLeft()));
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFoundException("read model", name));
    }

    private ReadModelState state(StreamingEventProcessor processor, Long head) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        boolean replaying = replaying(processor);
        Long position = segments.stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).map(OptionalLong::getAsLong).min(Long::compare).orElse(null);
        Double progress = null;
        if (replaying && head != null && head > 0) {
            progress = Math.min(100.0, Math.round(1000.0 * (position == null ? 0 : position) / head) / 10.0);
        }
        boolean caughtUp = !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp);
        Long behind = head == null ? null : Math.max(0, head - (position == null ? 0 : position));
        return new ReadModelState(processor.getName(), processor.isRunning(), processor.isError(), replaying, caughtUp,
                segments.size(), position, head, behind, progress, replaying ? replay(processor, position) : null,
                processor.supportsReset(), deadLetters.summary(processor.getName()));
    }

    /** Replaying, or started here and not yet claimed its segments (a replay that is only starting counts). */
    private boolean replaying(StreamingEventProcessor processor) {
        if (processor.isReplaying()) {
            return true;
        }
        ReplayStart start = replays.get(processor.getName());
        return start != null && processor.isRunning() && processor.processingStatus().isEmpty()
                && Duration.between(start.at(), clock.instant()).compareTo(STARTING) < 0;
    }

    private ReadModelState.Replay replay(StreamingEventProcessor processor, Long position) {
        ReplayStart start = replays.get(processor.getName());
        if (start == null) {
            return null; // started before this node's last restart, or by another node
        }
        long done = position == null ? 0 : Math.min(position, start.total());
        double seconds = Duration.between(start.at(), clock.instant()).toMillis() / 1000.0;
        Double rate = seconds > 0 && done > 0 ? Math.round(done / seconds * 10) / 10.0 : null;
        Long left = rate == null ? null : Math.round((start.total() - done) / rate);
        return new ReadModelState.Replay(done, start.total(), rate, left);
    }

    private static Long position(TrackingToken token) {
        return token == null ? null : token.position().stream().boxed().findFirst().orElse(null);
    }
}

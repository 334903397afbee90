package org.casework.api.readmodel;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.casework.api.rebuild.RebuildProgress;
import org.casework.api.rebuild.Rebuilds;
import org.casework.api.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The read models' processors and their rebuilds ({@link Rebuilds}: the live tables keep answering and new events
 * keep being applied while a rebuild runs; the rebuilt tables replace them at once). A rebuild also clears the
 * dead letters of the read models it rebuilt: their events are applied again with all the others. Processors with
 * side effects (policies) refuse; while a rebuild runs, another is refused. Its progress is logged every
 * {@link #PROGRESS_LOG_INTERVAL}.
 */
@Component
public class ReadModels {

    private static final Logger log = LoggerFactory.getLogger(ReadModels.class);
    static final Duration PROGRESS_LOG_INTERVAL = Duration.ofSeconds(5);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final DeadLetters deadLetters;
    private final Rebuilds rebuilds;

    ReadModels(EventProcessingConfiguration processing, EventStore eventStore, DeadLetters deadLetters,
               Rebuilds rebuilds) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.deadLetters = deadLetters;
        this.rebuilds = rebuilds;
    }

    public List<ReadModelState> states() {
        Long head = position(eventStore.createHeadToken());
        Optional<RebuildProgress.State> rebuild = rebuilds.running().map(RebuildProgress::state);
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(processor -> state((StreamingEventProcessor) processor, head, rebuild))
                .sorted(Comparator.comparing(ReadModelState::name))
                .toList();
    }

    /** A processor's state; a read model's name answers the state of the processor that keeps it. */
    public ReadModelState state(String name) {
        return state(processor(rebuilds.processorOf(name).orElse(name)), position(eventStore.createHeadToken()),
                rebuilds.running().map(RebuildProgress::state));
    }

    /**
     * Rebuilds the read model (a read model's or its processor's name), with every read model it shares a table or
     * a processor with; answers the processor's state.
     */
    public ReadModelState replay(String name) {
        String processor = rebuilds.processorOf(name).orElse(name);
        processor(processor);
        if (!rebuilds.rebuildable(name)) {
            throw new NotReplayableException(name);
        }
        start(List.of(name));
        return state(processor);
    }

    /** Rebuilds every read model in one pass. */
    public List<ReadModelState> replayAll() {
        return start(rebuilds.names());
    }

    /** Cancels the rebuild under way; false when there is none on this node. */
    public boolean cancelReplay() {
        return rebuilds.cancel();
    }

    /** The rebuild under way on this node, or the last one it ran. */
    public Optional<RebuildProgress.State> lastReplay() {
        return rebuilds.last().map(RebuildProgress::state);
    }

    private List<ReadModelState> start(Collection<String> names) {
        RebuildProgress started = rebuilds.start(names).orElseThrow(() -> new ReplayRunningException(
                rebuilds.running().map(progress -> String.join(", ", progress.readModels()))
                        .orElse("the read models (on another node)")));
        Set<String> processors = rebuilds.processors(started.readModels());
        return states().stream().filter(state -> processors.contains(state.name())).toList();
    }

    /** One line while a rebuild runs: events done of all, rate, time left. */
    void logProgress() {
        rebuilds.running().map(RebuildProgress::state).ifPresent(rebuild -> log.info(
                "Rebuilding read models {}: {}, {} of {} events, {} events/s, about {} s left, {} rows written",
                rebuild.readModels(), rebuild.phase(), rebuild.eventsDone(), rebuild.eventsTotal(),
                rebuild.eventsPerSecond(), rebuild.secondsLeft(), rebuild.rowsWritten()));
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFoundException("read model", name));
    }

    private ReadModelState state(StreamingEventProcessor processor, Long head,
                                 Optional<RebuildProgress.State> rebuild) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        Optional<RebuildProgress.State> mine = rebuild
                .filter(r -> rebuilds.processors(r.readModels()).contains(processor.getName()));
        Long position = segments.stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).map(OptionalLong::getAsLong).min(Long::compare).orElse(null);
        boolean caughtUp = !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp);
        Long behind = head == null ? null : Math.max(0, head - (position == null ? 0 : position));
        Double progress = mine.map(r -> r.eventsTotal() == 0 ? 100.0
                : Math.min(100.0, Math.round(1000.0 * r.eventsDone() / r.eventsTotal()) / 10.0)).orElse(null);
        ReadModelState.Replay replay = mine.map(r -> new ReadModelState.Replay(r.phase().name(), r.eventsDone(),
                r.eventsTotal(), r.eventsPerSecond(), r.secondsLeft())).orElse(null);
        return new ReadModelState(processor.getName(), rebuilds.keptBy(processor.getName()), processor.isRunning(), processor.isError(), mine.isPresent(),
                caughtUp, segments.size(), position, head, behind, progress, replay,
                rebuilds.rebuildable(processor.getName()), deadLetters.summary(processor.getName()));
    }

    private static Long position(TrackingToken token) {
        return token == null ? null : token.position().stream().boxed().findFirst().orElse(null);
    }
}

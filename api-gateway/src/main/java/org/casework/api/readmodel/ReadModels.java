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

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * Replays on demand. A replay stops the processor on this node, resets its tokens (its {@code @ResetHandler}s clear
 * its tables in the same step) and starts it again from the first event; meanwhile the other read models and the
 * API keep answering, this one with what it has rebuilt so far. Processors with side effects (policies) refuse.
 * With several nodes, stop the processor on the others first: a reset needs every segment unclaimed. A replay also
 * clears the read model's dead letters: their events are applied again with all the others.
 */
@Component
public class ReadModels {

    private static final Logger log = LoggerFactory.getLogger(ReadModels.class);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final DeadLetters deadLetters;

    ReadModels(EventProcessingConfiguration processing, EventStore eventStore, DeadLetters deadLetters) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.deadLetters = deadLetters;
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
        log.info("Replaying read model {}", name);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return state(name);
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFoundException("read model", name));
    }

    private ReadModelState state(StreamingEventProcessor processor, Long head) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        boolean replaying = processor.isReplaying();
        Long position = segments.stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).map(OptionalLong::getAsLong).min(Long::compare).orElse(null);
        Double progress = null;
        if (replaying && head != null && head > 0) {
            progress = Math.min(100.0, Math.round(1000.0 * (position == null ? 0 : position) / head) / 10.0);
        }
        boolean caughtUp = !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp);
        return new ReadModelState(processor.getName(), processor.isRunning(), processor.isError(), replaying, caughtUp,
                segments.size(), position, head, progress, processor.supportsReset(),
                deadLetters.summary(processor.getName()));
    }

    private static Long position(TrackingToken token) {
        return token == null ? null : token.position().stream().boxed().findFirst().orElse(null);
    }
}

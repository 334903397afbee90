package org.casework.api.freshness;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Whether every read model has applied the event stored at a position of the event store: each segment of each
 * replayable processor has a token that covers it (past it, and not one of the gaps a later commit may still fill).
 * Segments this node does not process are read from the token table. Policies are not read models and not waited
 * for.
 */
@Component
public class ReadModelPositions {

    private static final long POLL_NANOS = Duration.ofMillis(5).toNanos();

    private final EventProcessingConfiguration processing;
    private final StoredTokens storedTokens;

    ReadModelPositions(EventProcessingConfiguration processing, StoredTokens storedTokens) {
        this.processing = processing;
        this.storedTokens = storedTokens;
    }

    /** Whether every read model has applied the event at {@code position}. */
    public boolean passed(long position) {
        for (StreamingEventProcessor readModel : readModels()) {
            Map<Integer, EventTrackerStatus> local = readModel.processingStatus();
            Collection<TrackingToken> tokens = local.size() >= storedTokens.segmentCount(readModel.getName())
                    ? local.values().stream().map(EventTrackerStatus::getTrackingToken).toList()
                    : storedTokens.tokens(readModel.getName());
            if (tokens.isEmpty() || !tokens.stream().allMatch(token -> covers(token, position))) {
                return false;
            }
        }
        return true;
    }

    /** Waits until {@link #passed(long)}, at most {@code timeout}; whether it did. */
    public boolean awaitPassed(long position, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!passed(position)) {
            if (System.nanoTime() - deadline >= 0 || Thread.currentThread().isInterrupted()) {
                return false;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return true;
    }

    static boolean covers(TrackingToken token, long position) {
        TrackingToken current = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        OptionalLong reached = current == null ? OptionalLong.empty() : current.position();
        return reached.isPresent() && reached.getAsLong() >= position;
    }

    private List<StreamingEventProcessor> readModels() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::supportsReset)
                .toList();
    }
}

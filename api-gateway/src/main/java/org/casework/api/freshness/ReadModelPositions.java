package org.casework.api.freshness;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Whether every read model has applied the events stored up to a position of the event store. A read model is
 * asked only about the events it handles: Axon's processors skip event types they have no handler for without
 * moving their tokens, so a read model is done with position P when each segment's token covers every event up to
 * P of a type it handles (is past it, and it is not one of the gaps a later commit may still fill: another
 * request's events may be stored below the caller's and commit after them). Segments this node
 * does not process are read from the token table. Policies are not read models and not waited for.
 */
@Component
public class ReadModelPositions {

    private static final long POLL_NANOS = Duration.ofMillis(5).toNanos();
    /** Beyond this many events behind, the types are not looked up: every read model must pass the position. */
    private static final long TYPES_LOOKED_UP = 50_000;

    private final EventProcessingConfiguration processing;
    private final StoredTokens storedTokens;
    private final JdbcTemplate jdbc;
    private final Map<String, Map<String, Boolean>> handles = new ConcurrentHashMap<>();

    ReadModelPositions(EventProcessingConfiguration processing, StoredTokens storedTokens, JdbcTemplate jdbc) {
        this.processing = processing;
        this.storedTokens = storedTokens;
        this.jdbc = jdbc;
    }

    /** Whether every read model has applied the events up to {@code position}. */
    public boolean passed(long position) {
        Map<StreamingEventProcessor, Collection<TrackingToken>> tokens = tokens();
        return passed(tokens, targets(tokens, position));
    }

    /** Waits until {@link #passed(long)}, at most {@code timeout}; whether it did. */
    public boolean awaitPassed(long position, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<StreamingEventProcessor, Collection<TrackingToken>> tokens = tokens();
        Map<String, List<Long>> targets = targets(tokens, position);
        while (!passed(tokens, targets)) {
            if (System.nanoTime() - deadline >= 0 || Thread.currentThread().isInterrupted()) {
                return false;
            }
            LockSupport.parkNanos(POLL_NANOS);
            tokens = tokens();
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

    private boolean passed(Map<StreamingEventProcessor, Collection<TrackingToken>> tokens,
                           Map<String, List<Long>> targets) {
        for (Map.Entry<StreamingEventProcessor, Collection<TrackingToken>> readModel : tokens.entrySet()) {
            List<Long> positions = relevant(readModel.getKey(), targets);
            if (!positions.isEmpty() && (readModel.getValue().isEmpty() || !readModel.getValue().stream()
                    .allMatch(token -> positions.stream().allMatch(position -> covers(token, position))))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The positions the read model must have applied: those of its events in the range (an event of another
     * transaction may be stored below the caller's and still be a gap), or only the position itself.
     */
    private List<Long> relevant(StreamingEventProcessor readModel, Map<String, List<Long>> targets) {
        List<Long> positions = new ArrayList<>(targets.getOrDefault("", List.of()));
        targets.forEach((type, stored) -> {
            if (!type.isEmpty() && handles(readModel, type)) {
                positions.addAll(stored);
            }
        });
        return positions;
    }

    /**
     * For each event type stored after the slowest read model's position and up to {@code position}, the positions
     * of its events; under the key "" the position itself when the range is too long to look up.
     */
    private Map<String, List<Long>> targets(Map<StreamingEventProcessor, Collection<TrackingToken>> tokens,
                                            long position) {
        long lowest = tokens.values().stream().flatMap(Collection::stream)
                .mapToLong(token -> token == null ? -1 : lowerBound(token)).min().orElse(-1);
        Map<String, List<Long>> targets = new HashMap<>();
        if (lowest >= position) {
            return targets;
        }
        if (position - lowest > TYPES_LOOKED_UP) {
            targets.put("", List.of(position));
            return targets;
        }
        jdbc.query("select payload_type, global_index from domain_event_entry"
                        + " where global_index > ? and global_index <= ?",
                row -> {
                    targets.computeIfAbsent(row.getString(1), type -> new ArrayList<>()).add(row.getLong(2));
                }, lowest, position);
        return targets;
    }

    /** Below this, every event has been applied (the token's index, or its oldest gap less one). */
    private static long lowerBound(TrackingToken token) {
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken gapAware && !gapAware.getGaps().isEmpty()) {
            return gapAware.getGaps().first() - 1;
        }
        return current == null ? -1 : current.position().orElse(-1);
    }

    private boolean handles(StreamingEventProcessor readModel, String payloadType) {
        return handles.computeIfAbsent(readModel.getName(), name -> new ConcurrentHashMap<>())
                .computeIfAbsent(payloadType, type -> {
                    if (!(readModel instanceof AbstractEventProcessor processor)) {
                        return true;
                    }
                    try {
                        return processor.eventHandlerInvoker().canHandleType(
                                Class.forName(type, false, ReadModelPositions.class.getClassLoader()));
                    } catch (ClassNotFoundException unknown) {
                        return false; // no handler can take a type no class exists for
                    }
                });
    }

    private Map<StreamingEventProcessor, Collection<TrackingToken>> tokens() {
        Map<StreamingEventProcessor, Collection<TrackingToken>> tokens = new HashMap<>();
        for (StreamingEventProcessor readModel : readModels()) {
            Map<Integer, EventTrackerStatus> local = readModel.processingStatus();
            tokens.put(readModel, local.size() >= storedTokens.segmentCount(readModel.getName())
                    ? local.values().stream().map(EventTrackerStatus::getTrackingToken).toList()
                    : storedTokens.tokens(readModel.getName()));
        }
        return tokens;
    }

    private List<StreamingEventProcessor> readModels() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::supportsReset)
                .toList();
    }
}

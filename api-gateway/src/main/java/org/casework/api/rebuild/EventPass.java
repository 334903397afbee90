package org.casework.api.rebuild;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.casework.api.database.ProcessingLane;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * One ordered read of the event store in one snapshot: each event is upcast, deserialised and decrypted once and
 * handed to every handler that handles its type, in global order, so each file's events arrive in their order.
 * Answers the token that stands for exactly the events it read: the highest position, and the positions below it
 * that the snapshot did not hold (transactions still open, or rolled back), which the live processors look at again.
 */
final class EventPass {

    /** Rows fetched per round trip; about a megabyte of events at a time. */
    static final int FETCH_SIZE = 2_000;
    /** Threads that decode batches while the pass reads and applies: all cores but the pass's own. */
    static final int DECODERS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    /** As Axon's JDBC storage engine: older gaps are given up. */
    static final int MAX_GAP_OFFSET = 10_000;

    private static final String SELECT = "select global_index, type, aggregate_identifier, sequence_number,"
            + " event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data"
            + " from domain_event_entry order by global_index";

    private final Serializer serializer;
    private final EventUpcaster upcasters;
    private final int maxEventsPerSecond;

    EventPass(Serializer serializer, EventUpcaster upcasters, int maxEventsPerSecond) {
        this.serializer = serializer;
        this.upcasters = upcasters;
        this.maxEventsPerSecond = maxEventsPerSecond;
    }

    /** A read that the caller cancelled; nothing it read is kept. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    /** An event could not be read or a handler failed on it: its position and type, never its values. */
    static final class HandlerFailed extends RuntimeException {
        HandlerFailed(long position, String type, Exception cause) {
            super("event " + position + " (" + type + ") could not be applied: " + cause.getClass().getSimpleName(),
                    cause, false, false);
        }
    }

    /**
     * Reads on {@code connection}, which must be in a repeatable-read transaction: the snapshot the rebuild is made
     * of. The batches are decoded (upcast, deserialised, decrypted) by {@link #DECODERS} threads while this one reads
     * on and applies the decoded batches in their order. {@code progress} counts events read.
     */
    GapAwareTrackingToken run(Connection connection, List<AnnotationEventHandlerAdapter> handlers,
                              RebuildProgress progress, BooleanSupplier cancelled) throws SQLException {
        Map<Class<?>, List<AnnotationEventHandlerAdapter>> handlersOf = new ConcurrentHashMap<>();
        Pace pace = new Pace(maxEventsPerSecond, System.nanoTime());
        TreeSet<Long> gaps = new TreeSet<>();
        long last = 0;
        List<TrackedEventData<?>> batch = new ArrayList<>(FETCH_SIZE);
        Deque<Future<List<Decoded>>> decoding = new ArrayDeque<>();
        // in the processing lane like the pass: a key not loaded beforehand is read on the decoder's thread
        ExecutorService decoders = Executors.newFixedThreadPool(DECODERS,
                runnable -> ProcessingLane.newThread(runnable, "read-model-rebuild-decoder"));
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long position = rows.getLong(1);
                    for (long missing = Math.max(last + 1, position - MAX_GAP_OFFSET); missing < position; missing++) {
                        gaps.add(missing);
                    }
                    last = position;
                    batch.add(new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(position),
                            new GenericDomainEventEntry<>(rows.getString(2), rows.getString(3), rows.getLong(4),
                                    rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                                    rows.getBytes(9), rows.getBytes(10))));
                    if (batch.size() == FETCH_SIZE) {
                        List<TrackedEventData<?>> full = batch;
                        decoding.add(decoders.submit(() -> decode(full, handlers, handlersOf)));
                        batch = new ArrayList<>(FETCH_SIZE);
                        gaps.headSet(last - MAX_GAP_OFFSET).clear();
                        if (decoding.size() > DECODERS) {
                            apply(next(decoding), progress, cancelled, pace);
                        }
                    }
                }
            }
            List<TrackedEventData<?>> rest = batch;
            decoding.add(decoders.submit(() -> decode(rest, handlers, handlersOf)));
            while (!decoding.isEmpty()) {
                apply(next(decoding), progress, cancelled, pace);
            }
        } finally {
            decoders.shutdownNow();
        }
        return GapAwareTrackingToken.newInstance(last, gaps.tailSet(last - MAX_GAP_OFFSET));
    }

    /** An event read, decoded when a handler takes it (else only counted), with the handlers that take it. */
    private record Decoded(TrackedEventMessage<?> event, List<AnnotationEventHandlerAdapter> handlers) {
    }

    private List<Decoded> decode(List<TrackedEventData<?>> batch, List<AnnotationEventHandlerAdapter> handlers,
                                 Map<Class<?>, List<AnnotationEventHandlerAdapter>> handlersOf) {
        List<Decoded> decoded = new ArrayList<>(batch.size());
        EventUtils.upcastAndDeserializeTrackedEvents(batch.stream(), serializer, upcasters).forEach(event -> {
            List<AnnotationEventHandlerAdapter> interested = handlersOf.computeIfAbsent(event.getPayloadType(),
                    type -> handlers.stream().filter(handler -> handler.canHandleType(type)).toList());
            if (!interested.isEmpty()) {
                try {
                    event.getPayload();
                    event.getMetaData();
                } catch (RuntimeException e) {
                    throw new HandlerFailed(position(event), event.getPayloadType().getSimpleName(), e);
                }
            }
            decoded.add(new Decoded(event, interested));
        });
        return decoded;
    }

    private static List<Decoded> next(Deque<Future<List<Decoded>>> decoding) {
        try {
            return decoding.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("an event could not be read", e.getCause());
        }
    }

    private void apply(List<Decoded> batch, RebuildProgress progress, BooleanSupplier cancelled, Pace pace) {
        for (Decoded decoded : batch) {
            if (cancelled.getAsBoolean()) {
                throw new Cancelled();
            }
            pace.next();
            for (AnnotationEventHandlerAdapter handler : decoded.handlers()) {
                try {
                    handler.handle(decoded.event());
                } catch (Exception e) {
                    throw new HandlerFailed(position(decoded.event()),
                            decoded.event().getPayloadType().getSimpleName(), e);
                }
            }
            progress.read(1);
        }
    }

    /** Holds the pass to at most {@code perSecond} events a second (none: no limit). */
    private static final class Pace {
        private final int perSecond;
        private final long start;
        private long events;

        Pace(int perSecond, long start) {
            this.perSecond = perSecond;
            this.start = start;
        }

        void next() {
            events++;
            if (perSecond == 0) {
                return;
            }
            long due = start + events * 1_000_000_000L / perSecond;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Cancelled();
                }
            }
        }
    }

    private static long position(TrackedEventMessage<?> event) {
        return event.trackingToken().position().orElse(-1);
    }
}

package org.casework.api.readmodel;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;

/**
 * The event store as the read models' source, prompting them when this node stores events. Axon's pooled processors
 * look for new events every 500 ms when the stream cannot tell them (the embedded event store's cannot), so a read
 * model lagged 250 ms on average behind an idle service. These streams take the processors' callback and call it
 * shortly after a local commit, and again a little later (the store's own reader fetches the new events
 * meanwhile). Prompts are coalesced: while one is pending, further commits add none, so under load the processors
 * still take the events in batches. Events stored by other nodes are found by the processors' own polling.
 */
final class PromptEventSource implements StreamableMessageSource<TrackedEventMessage<?>>,
        MessageDispatchInterceptor<EventMessage<?>>, AutoCloseable {

    private static final String RESOURCE = PromptEventSource.class.getName();
    /** After a commit the store's reader needs a moment to fetch it; the later prompt covers a slow fetch. */
    private static final List<Duration> PROMPTS = List.of(Duration.ofMillis(10), Duration.ofMillis(100));

    private final EventStore eventStore;
    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private final List<AtomicBoolean> pending = PROMPTS.stream().map(after -> new AtomicBoolean()).toList();
    private final ScheduledExecutorService prompter = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-prompter");
        thread.setDaemon(true);
        return thread;
    });

    PromptEventSource(EventStore eventStore) {
        this.eventStore = eventStore;
        eventStore.registerDispatchInterceptor(this);
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new PromptedStream(eventStore.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return eventStore.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return eventStore.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return eventStore.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return eventStore.createTokenSince(duration);
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        if (!messages.isEmpty()) {
            if (CurrentUnitOfWork.isStarted()) {
                UnitOfWork<?> root = CurrentUnitOfWork.get().root();
                root.getOrComputeResource(RESOURCE, key -> {
                    root.afterCommit(committed -> prompt());
                    return Boolean.TRUE;
                });
            } else {
                prompt();
            }
        }
        return (index, event) -> event;
    }

    private void prompt() {
        if (callbacks.isEmpty() || prompter.isShutdown()) {
            return;
        }
        for (int i = 0; i < PROMPTS.size(); i++) {
            AtomicBoolean scheduled = pending.get(i);
            if (scheduled.compareAndSet(false, true)) {
                prompter.schedule(() -> {
                    scheduled.set(false);
                    callbacks.forEach(Runnable::run);
                }, PROMPTS.get(i).toNanos(), TimeUnit.NANOSECONDS);
            }
        }
    }

    @Override
    public void close() {
        prompter.shutdownNow();
    }

    private final class PromptedStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private Runnable callback;

        private PromptedStream(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            callbacks.add(callback);
            return true;
        }

        @Override
        public void close() {
            if (callback != null) {
                callbacks.remove(callback);
            }
            delegate.close();
        }
    }
}

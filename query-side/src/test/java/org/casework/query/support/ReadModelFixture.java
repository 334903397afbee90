package org.casework.query.support;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.casework.domain.EventMetadata;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A read model's own handlers over memory, as a rebuild runs them: fed events in order, asked for the rows they keep,
 * in milliseconds and without Spring or a database. The n-th payload given (from 0) is a domain event of
 * {@link #AGGREGATE_ID} with sequence number n, recorded by {@link #ACTOR} at {@code recordedAt(n)}; a handler that
 * throws fails {@link #given} with its exception.
 */
public final class ReadModelFixture {

    public static final String AGGREGATE_TYPE = "Fixture";
    public static final String AGGREGATE_ID = "fixture-aggregate";
    public static final String ACTOR = "alice";
    public static final Instant FIRST_RECORDED_AT = Instant.parse("2025-03-03T08:00:00Z");

    private final Rebuildable.Rebuild rebuild;
    private final List<AnnotationEventHandlerAdapter> handlers;
    private long sequence;

    private ReadModelFixture(Rebuildable.Rebuild rebuild) {
        this.rebuild = rebuild;
        this.handlers = rebuild.handlers().stream().map(AnnotationEventHandlerAdapter::new).toList();
    }

    public static ReadModelFixture of(Rebuildable model) {
        return new ReadModelFixture(model.startRebuild());
    }

    public static Instant recordedAt(long index) {
        return FIRST_RECORDED_AT.plusSeconds(index);
    }

    public ReadModelFixture given(Object... payloads) {
        for (Object payload : payloads) {
            Instant at = recordedAt(sequence);
            GenericDomainEventMessage<Object> event = new GenericDomainEventMessage<>(AGGREGATE_TYPE, AGGREGATE_ID,
                    sequence++, payload, Map.of(EventMetadata.RECORDED_AT, at.toString(), EventMetadata.ACTOR, ACTOR),
                    UUID.randomUUID().toString(), at);
            for (AnnotationEventHandlerAdapter handler : handlers) {
                try {
                    handler.handle(event);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException("handling " + event.getPayloadType().getSimpleName(), e);
                }
            }
        }
        return this;
    }

    public <T> List<T> rows(Class<T> type) {
        return rebuild.rows().filter(type::isInstance).map(type::cast).toList();
    }
}

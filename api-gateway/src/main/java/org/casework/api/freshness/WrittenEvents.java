package org.casework.api.freshness;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.casework.domain.EventMetadata;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Tells a request under way ({@link CallerWrites}) where the events it caused are stored: one lookup by their
 * identifiers, in the transaction that appends them, finds the newest position; the request hears it once that
 * transaction has committed. Events of the demo
 * loader, policies and other work without a waiting request are left alone.
 */
@Component
class WrittenEvents implements MessageDispatchInterceptor<EventMessage<?>>, InitializingBean {

    private static final String RESOURCE = WrittenEvents.class.getName();

    private final EventStore eventStore;
    private final CallerWrites callers;
    private final JdbcTemplate jdbc;

    WrittenEvents(EventStore eventStore, CallerWrites callers, JdbcTemplate jdbc) {
        this.eventStore = eventStore;
        this.callers = callers;
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() {
        eventStore.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            Object correlationId = event.getMetaData().get(EventMetadata.CORRELATION_ID);
            if (correlationId instanceof String id && callers.expects(id) && CurrentUnitOfWork.isStarted()) {
                pending(CurrentUnitOfWork.get().root(), id).add(event.getIdentifier());
            }
            return event;
        };
    }

    /**
     * The position is looked up once the event store has appended the events (its own step of the commit comes
     * after this one's), on the unit of work's own connection: asking for another while the file's lock is held
     * would let writers queued for that lock take every pooled connection first.
     */
    private List<String> pending(UnitOfWork<?> root, String correlationId) {
        return root.getOrComputeResource(RESOURCE + correlationId, key -> {
            List<String> identifiers = new ArrayList<>();
            root.onPrepareCommit(committing -> committing.onPrepareCommit(appended -> {
                Long position = positionOf(identifiers);
                if (position != null) {
                    appended.afterCommit(committed -> callers.stored(correlationId, position));
                }
            }));
            return identifiers;
        });
    }

    private Long positionOf(List<String> identifiers) {
        return jdbc.queryForObject(
                "select max(global_index) from domain_event_entry where event_identifier = any(?)", Long.class,
                (Object) identifiers.toArray(String[]::new));
    }
}

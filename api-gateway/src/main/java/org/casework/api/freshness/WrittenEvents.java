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
 * Tells a request under way ({@link CallerWrites}) where the events it caused are stored: once the unit of work
 * that appends them has committed, one lookup by their identifiers finds the newest position. Events of the demo
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

    private List<String> pending(UnitOfWork<?> root, String correlationId) {
        return root.getOrComputeResource(RESOURCE + correlationId, key -> {
            List<String> identifiers = new ArrayList<>();
            root.afterCommit(committed -> stored(correlationId, identifiers));
            return identifiers;
        });
    }

    private void stored(String correlationId, List<String> identifiers) {
        Long position = jdbc.queryForObject(
                "select max(global_index) from domain_event_entry where event_identifier = any(?)", Long.class,
                (Object) identifiers.toArray(String[]::new));
        if (position != null) {
            callers.stored(correlationId, position);
        }
    }
}

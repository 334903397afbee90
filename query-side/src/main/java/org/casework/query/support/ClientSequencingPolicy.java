package org.casework.query.support;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.casework.domain.ClientEvent;

/**
 * Read models keep one row per client that engagement events update too, so all events of one client are
 * handled in order by one segment; other events fall back to ordering per aggregate.
 */
public class ClientSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        if (event.getPayload() instanceof ClientEvent clientEvent) {
            return clientEvent.clientId();
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}

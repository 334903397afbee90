package org.casework.command.client;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.casework.domain.client.ClientFileTakenOver;
import org.casework.domain.client.ClientMergedInto;
import org.casework.domain.client.EngagementAddedToFile;
import org.casework.domain.family.ClientJoinedFamily;
import org.casework.domain.family.ClientLeftFamily;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a client's stored events say, read straight from the event store without loading (and so without locking)
 * the Client aggregate: another aggregate may read a client this way while the client handles a command of its own.
 */
@Component
public class ClientStreams {

    private final EventStore eventStore;

    ClientStreams(@Lazy EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public List<UUID> engagementsOf(UUID clientId) {
        List<UUID> engagements = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(clientId.toString(), 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (EngagementAddedToFile.class.equals(message.getPayloadType())) {
                engagements.add(((EngagementAddedToFile) message.getPayload()).engagementId());
            } else if (ClientFileTakenOver.class.equals(message.getPayloadType())) {
                engagements.addAll(((ClientFileTakenOver) message.getPayload()).engagementIds());
            } else if (ClientMergedInto.class.equals(message.getPayloadType())) {
                engagements.removeAll(((ClientMergedInto) message.getPayload()).engagementIds());
            }
        }
        return engagements;
    }

    public Optional<UUID> currentFamily(UUID clientId) {
        UUID family = null;
        DomainEventStream stream = eventStore.readEvents(clientId.toString(), 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (ClientJoinedFamily.class.equals(message.getPayloadType())) {
                family = ((ClientJoinedFamily) message.getPayload()).familyId();
            } else if (ClientLeftFamily.class.equals(message.getPayloadType())) {
                family = null;
            }
        }
        return Optional.ofNullable(family);
    }
}

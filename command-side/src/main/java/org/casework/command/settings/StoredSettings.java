package org.casework.command.settings;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.casework.domain.EventMetadata;
import org.casework.domain.settings.OrganisationSettingsChanged;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the settings from the organisation's event stream, not from a read model, so a decision never uses
 * settings older than the last change. The stream is short: one event per change.
 */
@Component
class StoredSettings implements SettingsLookup {

    private final EventStore eventStore;

    StoredSettings(@Lazy EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public CurrentSettings current() {
        DomainEventStream stream = eventStore.readEvents(Organisation.ID.toString());
        CurrentSettings current = CurrentSettings.DEFAULTS;
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getPayload() instanceof OrganisationSettingsChanged changed) {
                LocalDate automaticSince = !changed.settings().automatic() ? null
                        : current.automatic() ? current.automaticSince() : changed.effectiveOn();
                Object actor = message.getMetaData().get(EventMetadata.ACTOR);
                Object recordedAt = message.getMetaData().get(EventMetadata.RECORDED_AT);
                current = new CurrentSettings(changed.settings(), automaticSince,
                        actor == null ? null : actor.toString(),
                        recordedAt == null ? message.getTimestamp() : Instant.parse(recordedAt.toString()));
            }
        }
        return current;
    }
}

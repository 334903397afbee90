package org.casework.command.family;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.casework.command.client.ClientStreams;
import org.casework.domain.client.EngagementAddedToFile;
import org.springframework.stereotype.Component;

/**
 * Tells a family when one of its members has an engagement opened, so the family's automatic status follows (R2).
 * A policy rather than a direct call: the client must not lock its family while the family may be locking it. It
 * runs once per event and never on a replay; the command it sends is harmless if repeated.
 */
@Component
@ProcessingGroup(MemberEngagementPolicy.NAME)
@DisallowReplay
class MemberEngagementPolicy {

    static final String NAME = "family-automation";

    private final ClientStreams clientStreams;
    private final CommandGateway commands;

    MemberEngagementPolicy(ClientStreams clientStreams, CommandGateway commands) {
        this.clientStreams = clientStreams;
        this.commands = commands;
    }

    @EventHandler
    void on(EngagementAddedToFile event) {
        clientStreams.currentFamily(event.clientId()).ifPresent(familyId -> commands.sendAndWait(
                new NoteMemberEngagement(familyId, event.clientId(), event.openedOn())));
    }
}

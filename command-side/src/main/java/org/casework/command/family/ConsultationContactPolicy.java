package org.casework.command.family;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.casework.command.client.ClientStreams;
import org.casework.command.client.NoteConsultation;
import org.casework.domain.engagement.ConsultationCorrected;
import org.casework.domain.engagement.ConsultationRecorded;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Tells the client's file, and the family's if the client has one, of every consultation recorded (or corrected:
 * its corrected day counts as if recorded so), so an automatic
 * no-contact entry that the consultation disproves is withdrawn (R2, {@code NoContactRule#contradicts}). A policy
 * for the same reason as {@link MemberEngagementPolicy}; it runs once per event, never on a replay, and the commands
 * it sends are harmless if repeated.
 */
@Component
@ProcessingGroup(MemberEngagementPolicy.NAME)
@DisallowReplay
class ConsultationContactPolicy {

    private final ClientStreams clientStreams;
    private final CommandGateway commands;

    ConsultationContactPolicy(ClientStreams clientStreams, CommandGateway commands) {
        this.clientStreams = clientStreams;
        this.commands = commands;
    }

    @EventHandler
    void on(ConsultationRecorded event) {
        noteContact(event.clientId(), event.date());
    }

    @EventHandler
    void on(ConsultationCorrected event) {
        noteContact(event.clientId(), event.date());
    }

    private void noteContact(UUID clientId, LocalDate day) {
        commands.sendAndWait(new NoteConsultation(clientId, day));
        clientStreams.currentFamily(clientId).ifPresent(familyId -> commands.sendAndWait(
                new NoteMemberConsultation(familyId, clientId, day)));
    }
}

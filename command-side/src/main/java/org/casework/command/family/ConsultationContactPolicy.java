package org.casework.command.family;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.casework.command.client.ClientStreams;
import org.casework.command.client.NoteConsultation;
import org.casework.domain.EventMetadata;
import org.casework.domain.engagement.ConsultationCorrected;
import org.casework.domain.engagement.ConsultationRecorded;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Tells the client's file, and the family's if the client has one, of every consultation recorded (or corrected) with
 * a date before the day it was recorded, so an automatic no-contact entry that the consultation disproves is withdrawn
 * (R2, {@code NoContactRule#contradicts}). A consultation dated the day it is recorded comes after every entry the
 * rule has made (it fires at the start of a day, effective that day at the latest): it is a return, not a
 * contradiction, and costs no command. A policy for the same reason as {@link MemberEngagementPolicy}; it runs once
 * per event, never on a replay, and the commands it sends are harmless if repeated.
 */
@Component
@ProcessingGroup(MemberEngagementPolicy.NAME)
@DisallowReplay
class ConsultationContactPolicy {

    private final ClientStreams clientStreams;
    private final CommandGateway commands;
    private final Clock clock;

    ConsultationContactPolicy(ClientStreams clientStreams, CommandGateway commands, Clock clock) {
        this.clientStreams = clientStreams;
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    void on(ConsultationRecorded event, @MetaDataValue(EventMetadata.RECORDED_AT) String recordedAt,
            @Timestamp Instant storedAt) {
        noteContact(event.clientId(), event.date(), recordedAt, storedAt);
    }

    @EventHandler
    void on(ConsultationCorrected event, @MetaDataValue(EventMetadata.RECORDED_AT) String recordedAt,
            @Timestamp Instant storedAt) {
        noteContact(event.clientId(), event.date(), recordedAt, storedAt);
    }

    private void noteContact(UUID clientId, LocalDate day, String recordedAt, Instant storedAt) {
        Instant recorded = recordedAt == null ? storedAt : Instant.parse(recordedAt);
        if (!day.isBefore(LocalDate.ofInstant(recorded, clock.getZone()))) {
            return;
        }
        commands.sendAndWait(new NoteConsultation(clientId, day));
        clientStreams.currentFamily(clientId).ifPresent(familyId -> commands.sendAndWait(
                new NoteMemberConsultation(familyId, clientId, day)));
    }
}

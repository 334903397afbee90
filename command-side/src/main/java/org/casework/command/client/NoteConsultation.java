package org.casework.command.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** A consultation on {@code date} was recorded in one of the client's engagements; harmless if repeated. */
public record NoteConsultation(@TargetAggregateIdentifier UUID clientId, LocalDate date) {
}

package org.casework.command.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** A consultation on {@code date} was recorded for a member of the family; harmless if repeated. */
public record NoteMemberConsultation(@TargetAggregateIdentifier UUID familyId, UUID clientId, LocalDate date) {
}

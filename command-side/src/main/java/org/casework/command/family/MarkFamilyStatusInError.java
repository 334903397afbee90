package org.casework.command.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** A worker says the family's status entry number {@code entry} (recording order, from 0) was entered in error. */
public record MarkFamilyStatusInError(@TargetAggregateIdentifier UUID familyId, int entry, String reason) {
}

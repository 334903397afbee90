package org.casework.command.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The family's contract was entered in error. */
public record VoidFamilyContract(@TargetAggregateIdentifier UUID familyId, UUID contractId, String reason) {
}

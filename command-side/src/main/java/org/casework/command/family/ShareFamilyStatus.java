package org.casework.command.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casework.command.rules.Flat;
import org.casework.domain.status.StatusEntry;

import java.util.UUID;

/** A family status entry for one member's file; sent by the family through {@link MemberFiles}. */
public record ShareFamilyStatus(@TargetAggregateIdentifier UUID clientId, UUID familyId, @Flat StatusEntry entry) {
}

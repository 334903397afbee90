package org.casework.command.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** The client's side of removing a member; sent by the family through {@link MemberFiles}. */
public record LeaveFamily(@TargetAggregateIdentifier UUID clientId, UUID familyId, LocalDate leftOn) {
}

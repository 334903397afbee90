package org.casework.command.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casework.domain.family.Relation;

import java.time.LocalDate;
import java.util.UUID;

/** The client's side of adding a member; sent by the family through {@link MemberFiles}. */
public record JoinFamily(@TargetAggregateIdentifier UUID clientId, UUID familyId, Relation relation,
                         LocalDate since) {
}

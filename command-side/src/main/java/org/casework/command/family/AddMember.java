package org.casework.command.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casework.domain.family.Relation;

import java.time.LocalDate;
import java.util.UUID;

public record AddMember(@TargetAggregateIdentifier UUID familyId, UUID clientId, Relation relation,
                        LocalDate since) {
}

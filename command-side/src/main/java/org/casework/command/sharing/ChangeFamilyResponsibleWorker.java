package org.casework.command.sharing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record ChangeFamilyResponsibleWorker(@TargetAggregateIdentifier UUID familyId, String worker) {
}

package org.casework.command.sharing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record ChangeResponsibleWorker(@TargetAggregateIdentifier UUID clientId, String worker) {
}

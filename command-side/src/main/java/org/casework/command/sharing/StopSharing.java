package org.casework.command.sharing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record StopSharing(@TargetAggregateIdentifier UUID clientId, String worker) {
}

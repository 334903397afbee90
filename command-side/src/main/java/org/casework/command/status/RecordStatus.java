package org.casework.command.status;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casework.command.rules.Flat;

import java.util.UUID;

/** A worker's status entry for a client. */
public record RecordStatus(@TargetAggregateIdentifier UUID clientId, @Flat ManualStatus entry) {
}

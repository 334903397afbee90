package org.casework.command.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casework.command.rules.Flat;
import org.casework.command.status.ManualStatus;

import java.util.UUID;

/** A worker's status entry for a family. */
public record RecordFamilyStatus(@TargetAggregateIdentifier UUID familyId, @Flat ManualStatus entry) {
}

package org.casework.command.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Two files of one person: the file {@code mergedClientId} goes over into {@code survivorId}, which stays. */
public record MergeClient(@TargetAggregateIdentifier UUID survivorId, UUID mergedClientId, String reason) {
}

package org.casework.command.engagement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The engagement's client file was merged into {@code toClientId}; sent only by that merge. */
public record MoveEngagement(@TargetAggregateIdentifier UUID engagementId, UUID toClientId) {
}

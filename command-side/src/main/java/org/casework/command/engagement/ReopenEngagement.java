package org.casework.command.engagement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Opens a closed engagement again. Routed to the client, like {@link OpenEngagement}: an erased file refuses it, and
 * erasure cannot slip in between.
 */
public record ReopenEngagement(@TargetAggregateIdentifier UUID clientId, UUID engagementId, String reason) {
}

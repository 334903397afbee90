package org.casework.command.engagement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Makes a recorded consultation count nowhere; its events stay in the history. */
public record VoidConsultation(@TargetAggregateIdentifier UUID engagementId, UUID consultationId, String reason) {
}

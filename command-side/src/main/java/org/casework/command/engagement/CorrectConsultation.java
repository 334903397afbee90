package org.casework.command.engagement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Replaces a recorded consultation by {@code consultation} (the one with its id), every field; a null worker keeps
 * the worker recorded. {@code reason} says why.
 */
public record CorrectConsultation(@TargetAggregateIdentifier UUID engagementId, NewConsultation consultation,
                                  String reason) {
}

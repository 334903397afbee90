package org.casework.command.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The client's contract was entered in error. */
public record VoidContract(@TargetAggregateIdentifier UUID clientId, UUID contractId, String reason) {
}

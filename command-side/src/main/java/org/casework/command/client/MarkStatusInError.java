package org.casework.command.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** A worker says the client's status entry number {@code entry} (recording order, from 0) was entered in error. */
public record MarkStatusInError(@TargetAggregateIdentifier UUID clientId, int entry, String reason) {
}

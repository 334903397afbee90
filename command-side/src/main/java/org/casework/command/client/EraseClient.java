package org.casework.command.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Erase the client's personal data (GDPR art. 17); {@code reason} is kept for auditors. */
public record EraseClient(@TargetAggregateIdentifier UUID clientId, String reason) {
}

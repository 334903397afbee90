package org.casework.command.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record RecordServiceApplication(@TargetAggregateIdentifier UUID clientId, LocalDate receivedOn,
                                       LocalDate acceptedOn) {
}

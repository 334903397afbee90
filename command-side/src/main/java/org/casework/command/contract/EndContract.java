package org.casework.command.contract;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record EndContract(@TargetAggregateIdentifier UUID clientId, UUID contractId, LocalDate endedOn,
                          String reason) implements ContractEnding {
}

package org.casework.command.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casework.command.contract.ContractEnding;

import java.time.LocalDate;
import java.util.UUID;

public record EndFamilyContract(@TargetAggregateIdentifier UUID familyId, UUID contractId, LocalDate endedOn,
                                String reason) implements ContractEnding {
}

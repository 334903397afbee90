package org.casework.command.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casework.command.contract.ContractCorrection;

import java.time.LocalDate;
import java.util.UUID;

/** The family's contract with its number and dates as they should have been entered. */
public record CorrectFamilyContract(@TargetAggregateIdentifier UUID familyId, UUID contractId, String number,
                                    LocalDate signedOn, LocalDate validFrom, LocalDate validTo, String reason)
        implements ContractCorrection {
}

package org.casework.command.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casework.command.contract.ContractCorrection;

import java.time.LocalDate;
import java.util.UUID;

/** The client's contract with its number and dates as they should have been entered. */
public record CorrectContract(@TargetAggregateIdentifier UUID clientId, UUID contractId, String number,
                              LocalDate signedOn, LocalDate validFrom, LocalDate validTo, String reason)
        implements ContractCorrection {
}

package org.casework.command.engagement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casework.domain.engagement.ClosureReason;

import java.time.LocalDate;
import java.util.UUID;

/** The closure of a closed engagement as it should have been recorded; {@code correctionReason} says why. */
public record CorrectClosure(
        @TargetAggregateIdentifier UUID engagementId,
        LocalDate closedOn,
        ClosureReason reason,
        String reasonNote,
        boolean followUp,
        String followUpAgreement,
        String correctionReason) {
}

package org.casework.command.engagement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casework.domain.engagement.ClosureReason;

import java.time.LocalDate;
import java.util.UUID;

public record CloseEngagement(
        @TargetAggregateIdentifier UUID engagementId,
        LocalDate closedOn,
        ClosureReason reason,
        String reasonNote,
        boolean followUp,
        String followUpAgreement) {
}

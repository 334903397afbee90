package org.casework.command.engagement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casework.domain.engagement.ProblemType;

import java.util.List;
import java.util.UUID;

/** The engagement's description as it should read, every field; {@code reason} says why it changed. */
public record EditEngagementDetails(
        @TargetAggregateIdentifier UUID engagementId,
        String title,
        String goal,
        List<ProblemType> problemTypes,
        String problemTypeNote,
        Integer peopleInvolved,
        String problemDescription,
        String reason) {
}

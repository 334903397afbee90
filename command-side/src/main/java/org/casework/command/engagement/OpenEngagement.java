package org.casework.command.engagement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casework.domain.engagement.ProblemType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Opens an engagement; routed to the client, who must exist (R1). */
public record OpenEngagement(
        @TargetAggregateIdentifier UUID clientId,
        UUID engagementId,
        String title,
        String goal,
        LocalDate openedOn,
        String responsibleWorker,
        List<ProblemType> problemTypes,
        String problemTypeNote,
        Integer peopleInvolved,
        String problemDescription) {
}

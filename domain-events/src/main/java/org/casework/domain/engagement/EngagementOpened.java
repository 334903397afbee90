package org.casework.domain.engagement;

import org.casework.domain.ClientEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An engagement (zakázka) was opened for a client on {@code openedOn}. */
public record EngagementOpened(
        UUID engagementId,
        UUID clientId,
        String title,
        String goal,
        LocalDate openedOn,
        String responsibleWorker,
        List<ProblemType> problemTypes,
        String problemTypeNote,
        Integer peopleInvolved,
        String problemDescription) implements ClientEvent {
}

package org.casework.domain.engagement;

import org.casework.domain.ClientEvent;
import org.casework.domain.Personal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An engagement (zakázka) was opened for a client on {@code openedOn}. */
public record EngagementOpened(
        UUID engagementId,
        UUID clientId,
        @Personal String title,
        @Personal String goal,
        LocalDate openedOn,
        String responsibleWorker,
        List<ProblemType> problemTypes,
        @Personal String problemTypeNote,
        Integer peopleInvolved,
        @Personal String problemDescription) implements ClientEvent {
}

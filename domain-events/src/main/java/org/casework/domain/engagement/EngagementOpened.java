package org.casework.domain.engagement;

import org.casework.domain.Erasure;
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

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}

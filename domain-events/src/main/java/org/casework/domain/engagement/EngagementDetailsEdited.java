package org.casework.domain.engagement;

import org.casework.domain.ClientEvent;
import org.casework.domain.Erasure;
import org.casework.domain.Personal;

import java.util.List;
import java.util.UUID;

/** The engagement's description as it now reads, every field replacing the one before; {@code reason} says why. */
public record EngagementDetailsEdited(
        UUID engagementId,
        UUID clientId,
        @Personal String title,
        @Personal String goal,
        List<ProblemType> problemTypes,
        @Personal String problemTypeNote,
        Integer peopleInvolved,
        @Personal String problemDescription,
        @Personal String reason) implements ClientEvent {

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}

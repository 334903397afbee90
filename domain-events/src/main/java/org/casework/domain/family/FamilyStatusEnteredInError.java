package org.casework.domain.family;

import org.casework.domain.Erasure;
import org.casework.domain.FamilyEvent;
import org.casework.domain.Personal;
import org.casework.domain.status.StatusTimeline;

import java.util.UUID;

/**
 * The family's status entry number {@code entry} (recording order, from 0) was entered in error: it stays visible
 * and no longer counts ({@link StatusTimeline}); the members' copies of it are marked too.
 */
public record FamilyStatusEnteredInError(UUID familyId, int entry, @Personal String reason, boolean bySystem)
        implements FamilyEvent {

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}

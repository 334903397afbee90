package org.casework.domain.family;

import org.casework.domain.Erasure;
import org.casework.domain.FamilyEvent;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusTimeline;

import java.util.UUID;

/**
 * A status entry was added to a family's own history; {@link StatusTimeline} decides whether it is current. When
 * the organisation shares status with families, each member's file gets a copy with source FAMILY.
 */
public record FamilyStatusRecorded(UUID familyId, StatusEntry entry) implements FamilyEvent {

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}

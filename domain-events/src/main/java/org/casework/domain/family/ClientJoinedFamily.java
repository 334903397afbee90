package org.casework.domain.family;

import org.casework.domain.ClientEvent;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The client's side of {@link MemberAdded}. A client belongs to at most one family at a time, and the client's own
 * stream is where that is decided: two families adding one client race for the same sequence number.
 */
public record ClientJoinedFamily(UUID clientId, UUID familyId, Relation relation, LocalDate since)
        implements ClientEvent {
}

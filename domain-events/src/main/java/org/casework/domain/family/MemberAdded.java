package org.casework.domain.family;

import org.casework.domain.FamilyEvent;

import java.time.LocalDate;
import java.util.UUID;

/** A client became a member of the family on {@code since}; the client's file records it as {@link ClientJoinedFamily}. */
public record MemberAdded(UUID familyId, UUID clientId, Relation relation, LocalDate since) implements FamilyEvent {
}

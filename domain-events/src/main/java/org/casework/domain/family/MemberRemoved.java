package org.casework.domain.family;

import org.casework.domain.FamilyEvent;

import java.time.LocalDate;
import java.util.UUID;

/** A client left the family; {@code leftOn} is their last day as a member. */
public record MemberRemoved(UUID familyId, UUID clientId, LocalDate leftOn) implements FamilyEvent {
}

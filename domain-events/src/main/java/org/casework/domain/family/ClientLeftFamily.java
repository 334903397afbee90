package org.casework.domain.family;

import org.casework.domain.ClientEvent;

import java.time.LocalDate;
import java.util.UUID;

/** The client's side of {@link MemberRemoved}. */
public record ClientLeftFamily(UUID clientId, UUID familyId, LocalDate leftOn) implements ClientEvent {
}

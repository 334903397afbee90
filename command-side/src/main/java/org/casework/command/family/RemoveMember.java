package org.casework.command.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** {@code leftOn} is the member's last day in the family. */
public record RemoveMember(@TargetAggregateIdentifier UUID familyId, UUID clientId, LocalDate leftOn) {
}

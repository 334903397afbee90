package org.casework.command.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casework.command.rules.Flat;
import org.casework.domain.status.StatusEntry;

import java.util.UUID;

/**
 * The family's entry {@code entry} was entered in error: its copy in one member's file is marked too. Sent by the
 * family through {@link MemberFiles}, like {@link ShareFamilyStatus}.
 */
public record WithdrawFamilyStatus(@TargetAggregateIdentifier UUID clientId, UUID familyId, @Flat StatusEntry entry,
                                   String reason) {
}

package org.casework.command.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Sent by {@link MemberEngagementPolicy}: a member of the family had an engagement opened. */
public record NoteMemberEngagement(@TargetAggregateIdentifier UUID familyId, UUID clientId, LocalDate openedOn) {
}

package org.casework.command.sharing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record RevokeSharingConsent(@TargetAggregateIdentifier UUID clientId, UUID consentId, LocalDate revokedOn) {
}

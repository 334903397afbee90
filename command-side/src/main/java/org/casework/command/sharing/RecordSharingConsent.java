package org.casework.command.sharing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casework.domain.sharing.ConsentScope;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record RecordSharingConsent(@TargetAggregateIdentifier UUID clientId, UUID consentId, LocalDate givenOn,
                                   LocalDate validUntil, ConsentScope scope, List<String> workers) {
}

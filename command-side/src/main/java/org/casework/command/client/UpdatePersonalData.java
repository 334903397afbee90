package org.casework.command.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casework.command.rules.Flat;
import org.casework.domain.client.PersonalData;

import java.util.UUID;

public record UpdatePersonalData(@TargetAggregateIdentifier UUID clientId, @Flat PersonalData personalData) {
}

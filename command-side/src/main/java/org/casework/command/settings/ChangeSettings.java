package org.casework.command.settings;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casework.domain.settings.OrganisationSettings;

import java.util.UUID;

public record ChangeSettings(OrganisationSettings settings) {

    @TargetAggregateIdentifier
    public UUID organisationId() {
        return Organisation.ID;
    }
}

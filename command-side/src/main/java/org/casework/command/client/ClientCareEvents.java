package org.casework.command.client;

import org.casework.command.care.CareRecord;
import org.casework.command.contract.ContractCorrection;
import org.casework.command.contract.ContractEnding;
import org.casework.command.contract.ContractSigning;
import org.casework.command.plan.PlanAdoption;
import org.casework.command.settings.CurrentSettings;
import org.casework.domain.contract.ContractCorrected;
import org.casework.domain.contract.ContractEnded;
import org.casework.domain.contract.ContractSigned;
import org.casework.domain.contract.ContractVoided;
import org.casework.domain.plan.PlanAdopted;
import org.casework.domain.status.StatusEnteredInError;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusRecorded;

import java.util.List;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The client's events for what its {@link CareRecord} decides: each method applies one event of the client's file. */
record ClientCareEvents(UUID clientId) implements CareRecord.Owner {

    @Override
    public void statusRecorded(StatusEntry entry, CurrentSettings settings) {
        apply(new StatusRecorded(clientId, entry));
    }

    @Override
    public void contractSigned(ContractSigning signing, String number) {
        apply(new ContractSigned(clientId, signing.contractId(), number, signing.signedOn(),
                signing.validFrom(), signing.validTo()));
    }

    @Override
    public void contractEnded(ContractEnding ending, String reason) {
        apply(new ContractEnded(clientId, ending.contractId(), ending.endedOn(), reason));
    }

    @Override
    public void contractCorrected(ContractCorrection correction, String number, String reason) {
        apply(new ContractCorrected(clientId, correction.contractId(), number, correction.signedOn(),
                correction.validFrom(), correction.validTo(), reason));
    }

    @Override
    public void contractVoided(UUID contractId, String reason) {
        apply(new ContractVoided(clientId, contractId, reason));
    }

    @Override
    public void statusInError(int index, StatusEntry entry, String reason, boolean bySystem,
                              CurrentSettings settings) {
        apply(new StatusEnteredInError(clientId, index, reason, bySystem));
    }

    @Override
    public void planAdopted(int version, PlanAdoption adoption, List<String> goals) {
        apply(new PlanAdopted(clientId, version, adoption.validFrom(), adoption.reviewDue(), goals));
    }
}

package org.casework.query.family;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.casework.domain.EventMetadata;
import org.casework.domain.family.FamilyContractCorrected;
import org.casework.domain.family.FamilyContractEnded;
import org.casework.domain.family.FamilyContractSigned;
import org.casework.domain.family.FamilyContractVoided;
import org.casework.domain.family.FamilyCreated;
import org.casework.domain.family.FamilyPlanAdopted;
import org.casework.domain.family.FamilyStatusEnteredInError;
import org.casework.domain.family.FamilyStatusRecorded;
import org.casework.domain.family.MemberAdded;
import org.casework.domain.family.MemberRemoved;
import org.casework.domain.sharing.FamilyResponsibleWorkerChanged;
import org.casework.query.care.ContractView;
import org.casework.query.care.FileKind;
import org.casework.query.care.PlanVersion;
import org.casework.query.support.LiveProcessor;
import org.casework.query.support.RecordingTime;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The family files, their memberships, and the family's contracts and plans (in the tables clients use too). */
@Component
@ProcessingGroup(LiveProcessor.NAME)
class FamilyFileProjection {

    static final String NAME = "family-files";

    private final FamilyStore store;
    private final Clock clock;

    FamilyFileProjection(FamilyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @EventHandler
    void on(FamilyCreated event) {
        store.add(new FamilyFile(event.familyId(), event.name(), event.address(), event.responsibleWorker(),
                event.createdOn()));
        recolour(event.familyId());
    }

    @EventHandler
    void on(MemberAdded event) {
        store.add(new FamilyMember(event.familyId(), event.clientId(), event.relation(), event.since()));
        file(event.familyId()).memberAdded();
    }

    @EventHandler
    void on(MemberRemoved event) {
        store.openMembership(event.familyId(), event.clientId()).left(event.leftOn());
        file(event.familyId()).memberRemoved();
    }

    @EventHandler
    void on(FamilyStatusRecorded event) {
        file(event.familyId()).care().statusRecorded(event.entry());
        recolour(event.familyId());
    }

    @EventHandler
    void on(FamilyContractSigned event) {
        store.add(new ContractView(FileKind.FAMILY, event.familyId(), event.contractId(), event.number(),
                event.signedOn(), event.validFrom(), event.validTo()));
        recolour(event.familyId());
    }

    @EventHandler
    void on(FamilyContractEnded event) {
        ContractView contract = store.contract(event.contractId());
        contract.ended(event.endedOn(), event.reason());
        recolour(contract.fileId());
    }

    @EventHandler
    void on(FamilyStatusEnteredInError event) {
        file(event.familyId()).care().statusInError(event.entry());
        recolour(event.familyId());
    }

    @EventHandler
    void on(FamilyContractCorrected event) {
        store.contract(event.contractId()).corrected(event.number(), event.signedOn(), event.validFrom(),
                event.validTo());
        recolour(event.familyId());
    }

    @EventHandler
    void on(FamilyContractVoided event) {
        store.remove(store.contract(event.contractId()));
        recolour(event.familyId());
    }

    @EventHandler
    void on(FamilyPlanAdopted event, @MetaDataValue(EventMetadata.RECORDED_AT) String recordedAt,
            @MetaDataValue(EventMetadata.ACTOR) String actor, @Timestamp Instant storedAt) {
        file(event.familyId()).care().planAdopted(event.version(), event.validFrom(), event.reviewDue());
        store.add(new PlanVersion(FileKind.FAMILY, event.familyId(), event.version(), event.validFrom(),
                event.reviewDue(), event.goals(), RecordingTime.of(recordedAt, storedAt), actor));
        recolour(event.familyId());
    }

    @EventHandler
    void on(FamilyResponsibleWorkerChanged event) {
        file(event.familyId()).handedTo(event.worker());
    }

    private void recolour(UUID familyId) {
        file(familyId).care().recolour(store.contractsOf(familyId), LocalDate.now(clock));
    }

    private FamilyFile file(UUID familyId) {
        return store.file(familyId);
    }
}

package org.casework.query.client;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.casework.domain.EventMetadata;
import org.casework.domain.client.ClientErased;
import org.casework.domain.client.ClientMergedInto;
import org.casework.domain.client.ClientRegistered;
import org.casework.domain.client.PersonalDataUpdated;
import org.casework.domain.client.ServiceApplicationRecorded;
import org.casework.domain.client.TimeSlot;
import org.casework.domain.client.TimeSlotsRequested;
import org.casework.domain.contract.ContractCorrected;
import org.casework.domain.contract.ContractEnded;
import org.casework.domain.contract.ContractSigned;
import org.casework.domain.contract.ContractVoided;
import org.casework.domain.engagement.ConsultationCorrected;
import org.casework.domain.engagement.ConsultationRecorded;
import org.casework.domain.engagement.ConsultationVoided;
import org.casework.domain.engagement.EngagementClosed;
import org.casework.domain.engagement.EngagementMovedToClient;
import org.casework.domain.engagement.EngagementOpened;
import org.casework.domain.engagement.EngagementReopened;
import org.casework.domain.family.ClientJoinedFamily;
import org.casework.domain.family.ClientLeftFamily;
import org.casework.domain.plan.PlanAdopted;
import org.casework.domain.sharing.ResponsibleWorkerChanged;
import org.casework.domain.status.StatusEnteredInError;
import org.casework.domain.status.StatusRecorded;
import org.casework.query.care.ContractView;
import org.casework.query.care.FileKind;
import org.casework.query.care.PlanVersion;
import org.casework.query.support.LiveProcessor;
import org.casework.query.support.RecordingTime;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Client files with their contracts and plans; a file is coloured anew whenever what its colour depends on changes. */
@Component
@ProcessingGroup(LiveProcessor.NAME)
class ClientFileProjection {

    static final String NAME = "client-files";

    private final ClientFileStore store;
    private final Clock clock;

    ClientFileProjection(ClientFileStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @EventHandler
    void on(ClientRegistered event) {
        store.add(new ClientFile(event.clientId(), event.personalData(), event.responsibleWorker(),
                event.registeredOn()));
        recolour(event.clientId());
    }

    @EventHandler
    void on(PersonalDataUpdated event) {
        file(event.clientId()).replace(event.personalData());
    }

    @EventHandler
    void on(ServiceApplicationRecorded event) {
        file(event.clientId()).application(event.receivedOn(), event.acceptedOn());
    }

    @EventHandler
    void on(TimeSlotsRequested event) {
        Map<DayOfWeek, String> slots = new EnumMap<>(DayOfWeek.class);
        event.slots().forEach((day, daySlots) -> slots.put(day, format(daySlots)));
        file(event.clientId()).timeSlots(slots, event.note());
    }

    @EventHandler
    void on(EngagementOpened event) {
        file(event.clientId()).engagementOpened();
    }

    @EventHandler
    void on(EngagementClosed event) {
        file(event.clientId()).engagementClosed();
    }

    @EventHandler
    void on(EngagementReopened event) {
        file(event.clientId()).engagementReopened();
    }

    @EventHandler
    void on(ConsultationRecorded event) {
        file(event.clientId()).contactOn(event.engagementId(), event.date());
    }

    @EventHandler
    void on(ConsultationCorrected event) {
        file(event.clientId()).lastConsultationOf(event.engagementId(), event.totals().lastConsultationOn());
    }

    @EventHandler
    void on(ConsultationVoided event) {
        file(event.clientId()).lastConsultationOf(event.engagementId(), event.totals().lastConsultationOn());
    }

    @EventHandler
    void on(StatusRecorded event) {
        file(event.clientId()).care().statusRecorded(event.entry());
        recolour(event.clientId());
    }

    @EventHandler
    void on(ContractSigned event) {
        store.add(new ContractView(FileKind.CLIENT, event.clientId(), event.contractId(), event.number(),
                event.signedOn(), event.validFrom(), event.validTo()));
        recolour(event.clientId());
    }

    @EventHandler
    void on(ContractEnded event) {
        ContractView contract = store.contract(event.contractId());
        contract.ended(event.endedOn(), event.reason());
        recolour(contract.fileId());
    }

    @EventHandler
    void on(StatusEnteredInError event) {
        file(event.clientId()).care().statusInError(event.entry());
        recolour(event.clientId());
    }

    @EventHandler
    void on(ContractCorrected event) {
        store.contract(event.contractId()).corrected(event.number(), event.signedOn(), event.validFrom(),
                event.validTo());
        recolour(event.clientId());
    }

    @EventHandler
    void on(ContractVoided event) {
        store.remove(store.contract(event.contractId()));
        recolour(event.clientId());
    }

    @EventHandler
    void on(PlanAdopted event, @MetaDataValue(EventMetadata.RECORDED_AT) String recordedAt,
            @MetaDataValue(EventMetadata.ACTOR) String actor, @Timestamp Instant storedAt) {
        file(event.clientId()).care().planAdopted(event.version(), event.validFrom(), event.reviewDue());
        store.add(new PlanVersion(FileKind.CLIENT, event.clientId(), event.version(), event.validFrom(),
                event.reviewDue(), event.goals(), RecordingTime.of(recordedAt, storedAt), actor));
        recolour(event.clientId());
    }

    @EventHandler
    void on(ClientJoinedFamily event) {
        file(event.clientId()).joinedFamily(event.familyId(), event.relation(), event.since());
    }

    @EventHandler
    void on(ClientLeftFamily event) {
        file(event.clientId()).leftFamily();
    }

    @EventHandler
    void on(ResponsibleWorkerChanged event) {
        file(event.clientId()).handedTo(event.worker());
    }

    /** The survivor signed the merged file's contracts anew: here they go, so no person counts twice. */
    @EventHandler
    void on(ClientMergedInto event) {
        file(event.clientId()).mergedInto(event.survivorId());
        store.contractsOf(event.clientId()).forEach(store::remove);
    }

    @EventHandler
    void on(EngagementMovedToClient event) {
        // the merged file's row keeps its counts: it is out of every list, and another segment may write it now
        file(event.clientId()).engagementTakenOver(event.engagementId(), event.open(), event.lastConsultationOn());
    }

    @EventHandler
    void on(ClientErased event) {
        file(event.clientId()).erase(event.erasedOn());
        store.contractsOf(event.clientId()).forEach(ContractView::erase);
        store.plansOf(event.clientId()).forEach(PlanVersion::erase);
        recolour(event.clientId());
    }

    private void recolour(UUID clientId) {
        file(clientId).care().recolour(store.contractsOf(clientId), LocalDate.now(clock));
    }

    private ClientFile file(UUID clientId) {
        return store.file(clientId);
    }

    private static String format(List<TimeSlot> slots) {
        return slots.stream().map(slot -> format(slot.start()) + "-" + format(slot.end()))
                .collect(Collectors.joining(", "));
    }

    private static String format(LocalTime time) {
        return String.format("%02d.%02d", time.getHour(), time.getMinute());
    }
}

package org.casework.command.client;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import org.casework.command.AggregateCaching;
import org.casework.command.care.CareRecord;
import org.casework.command.contract.ContractBook;
import org.casework.command.contract.EndContract;
import org.casework.command.contract.SignContract;
import org.casework.command.engagement.Engagement;
import org.casework.command.engagement.EngagementReopening;
import org.casework.command.engagement.OpenEngagement;
import org.casework.command.engagement.ReopenEngagement;
import org.casework.command.family.JoinFamily;
import org.casework.command.family.LeaveFamily;
import org.casework.command.family.ShareFamilyStatus;
import org.casework.command.family.WithdrawFamilyStatus;
import org.casework.command.household.AssessHousehold;
import org.casework.command.household.HouseholdRules;
import org.casework.command.plan.AdoptPlan;
import org.casework.command.rules.BusinessDates;
import org.casework.command.rules.FileErasedException;
import org.casework.command.rules.FileMergedException;
import org.casework.command.rules.InvalidValue;
import org.casework.command.rules.RuleViolationException;
import org.casework.command.rules.Text;
import org.casework.command.rules.UnknownRecordException;
import org.casework.command.rules.Violations;
import org.casework.command.settings.SettingsLookup;
import org.casework.command.sharing.ChangeResponsibleWorker;
import org.casework.command.sharing.FileSharing;
import org.casework.command.sharing.RecordSharingConsent;
import org.casework.command.sharing.RevokeSharingConsent;
import org.casework.command.sharing.ShareFile;
import org.casework.command.sharing.StopSharing;
import org.casework.command.status.DayDeadlines;
import org.casework.command.status.NoContactRule;
import org.casework.command.status.RecordStatus;
import org.casework.domain.client.ClientErased;
import org.casework.domain.client.ClientFileTakenOver;
import org.casework.domain.client.ClientMergedInto;
import org.casework.domain.client.ClientRegistered;
import org.casework.domain.client.DistinctPersonConfirmed;
import org.casework.domain.client.EngagementAddedToFile;
import org.casework.domain.client.PersonalData;
import org.casework.domain.client.PersonalDataUpdated;
import org.casework.domain.client.ServiceApplicationRecorded;
import org.casework.domain.client.TimeSlot;
import org.casework.domain.client.TimeSlotsRequested;
import org.casework.domain.contract.ContractCorrected;
import org.casework.domain.contract.ContractEnded;
import org.casework.domain.contract.ContractSigned;
import org.casework.domain.contract.ContractVoided;
import org.casework.domain.family.ClientJoinedFamily;
import org.casework.domain.family.ClientLeftFamily;
import org.casework.domain.plan.PlanAdopted;
import org.casework.domain.sharing.FileShared;
import org.casework.domain.sharing.ResponsibleWorkerChanged;
import org.casework.domain.sharing.SharingConsentGiven;
import org.casework.domain.sharing.SharingConsentRevoked;
import org.casework.domain.sharing.SharingStopped;
import org.casework.domain.status.StatusEnteredInError;
import org.casework.domain.status.StatusRecorded;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/**
 * A client file (klientský spis): the person the organisation serves, the root of their engagements, the owner of
 * their status history, contracts and individual plan (kept by a {@link CareRecord}, as a family's are), and the
 * one place that knows which family the client belongs to.
 */
@Aggregate(filterEventsByType = true, cache = AggregateCaching.CLIENTS)
public class Client {

    private static final int MAX_ERASURE_REASON = 2000;

    @AggregateIdentifier
    private UUID clientId;
    private final CareRecord care = new CareRecord();
    private final List<UUID> engagementIds = new ArrayList<>();
    private UUID familyId;
    private boolean erased;
    private UUID mergedInto;
    private final FileSharing sharing = new FileSharing();

    protected Client() {
    }

    @CommandHandler
    public Client(RegisterClient command, Clock clock, SettingsLookup settingsLookup, DeadlineManager deadlines,
                  BirthNumberClaims claims) {
        LocalDate today = LocalDate.now(clock);
        Violations violations = new Violations();
        PersonalData personalData = PersonalDataRules.checked(command.personalData(), today, violations);
        BusinessDates.notInFuture(violations, "registeredOn", command.registeredOn(), today);
        violations.throwIfAny();
        OneFilePerBirthNumber.claim(claims, command.clientId(), personalData);
        apply(new ClientRegistered(command.clientId(), personalData, command.responsibleWorker(),
                command.registeredOn()));
        if (!command.confirmedDistinctFrom().isEmpty()) {
            apply(new DistinctPersonConfirmed(command.clientId(), command.confirmedDistinctFrom()));
        }
        // state changes only once the constructor has returned, so the command's values are used here
        CareRecord.open(owner(command.clientId()), command.registeredOn(), settingsLookup.current(), clock, deadlines);
    }

    /**
     * Nothing new is recorded in an erased file. A family may still let the client leave; a status it shares is
     * not copied.
     */
    @CommandHandlerInterceptor
    Object refuseWhenErased(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (mergedInto != null && !erased && !(command.getPayload() instanceof EraseClient)) {
            throw new FileMergedException(clientId, mergedInto);
        }
        if (!erased || command.getPayload() instanceof LeaveFamily) {
            return chain.proceed();
        }
        if (command.getPayload() instanceof ShareFamilyStatus || command.getPayload() instanceof WithdrawFamilyStatus
                || command.getPayload() instanceof NoteConsultation) {
            return null;
        }
        throw new FileErasedException(clientId);
    }

    @CommandHandler
    public void handle(EraseClient command, Clock clock, BirthNumberClaims claims) {
        String reason = Text.clean(command.reason());
        Violations violations = new Violations();
        violations.require(reason != null, "reason", "required", "must say why the personal data is erased");
        violations.require(reason == null || reason.length() <= MAX_ERASURE_REASON, "reason", "max-length",
                "must not be longer than " + MAX_ERASURE_REASON + " characters");
        violations.throwIfAny();
        claims.release(clientId);
        apply(new ClientErased(clientId, LocalDate.now(clock), reason));
    }

    @CommandHandler
    public void handle(UpdatePersonalData command, Clock clock, BirthNumberClaims claims) {
        Violations violations = new Violations();
        PersonalData personalData = PersonalDataRules.checked(command.personalData(), LocalDate.now(clock),
                violations);
        violations.throwIfAny();
        OneFilePerBirthNumber.claim(claims, clientId, personalData);
        apply(new PersonalDataUpdated(clientId, personalData));
    }

    @CommandHandler
    public void handle(RecordServiceApplication command, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Violations violations = new Violations();
        BusinessDates.notInFuture(violations, "receivedOn", command.receivedOn(), today);
        BusinessDates.notInFuture(violations, "acceptedOn", command.acceptedOn(), today);
        BusinessDates.notBefore(violations, "acceptedOn", command.acceptedOn(), command.receivedOn(),
                "accepted-not-before-received", "the day the application was received");
        violations.throwIfAny();
        apply(new ServiceApplicationRecorded(clientId, command.receivedOn(), command.acceptedOn()));
    }

    @CommandHandler
    public void handle(RequestTimeSlots command) {
        Violations violations = new Violations();
        Map<DayOfWeek, List<TimeSlot>> slots = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, String> requested = command.slots() == null ? Map.of() : command.slots();
        requested.forEach((day, text) -> {
            try {
                List<TimeSlot> daySlots = TimeSlotsFormat.parse(text);
                if (!daySlots.isEmpty()) {
                    slots.put(day, daySlots);
                }
            } catch (InvalidValue invalid) {
                violations.add("slots." + day, invalid.rule(), invalid.getMessage());
            }
        });
        violations.throwIfAny();
        apply(new TimeSlotsRequested(clientId, slots, Text.clean(command.note())));
    }

    @CommandHandler
    public void handle(MergeClient command, Clock clock, FileMerging merging, SettingsLookup settingsLookup,
                       DeadlineManager deadlines) {
        FileMerge.intoSurvivor(clientId, command, merging, care, owner(clientId), settingsLookup.current(), clock,
                deadlines);
    }

    @CommandHandler
    public Handover handle(HandOverFile command, BirthNumberClaims claims) {
        return FileMerge.outOfMerged(clientId, command, familyId, engagementIds, care, claims);
    }

    /** R1: an engagement is opened for one existing client; loading this aggregate proves it exists. */
    @CommandHandler
    public UUID handle(OpenEngagement command, Clock clock, SettingsLookup settingsLookup) throws Exception {
        LocalDate today = LocalDate.now(clock);
        createNew(Engagement.class, () -> new Engagement(command, today));
        apply(new EngagementAddedToFile(clientId, command.engagementId(), command.openedOn()));
        care.engagementOpened(owner(clientId), settingsLookup.current(), command.openedOn());
        return command.engagementId();
    }

    /** Reopening puts the engagement back into care: the automatic rules see it as opened again today. */
    @CommandHandler
    public void handle(ReopenEngagement command, Clock clock, SettingsLookup settingsLookup,
                       EngagementReopening reopening) {
        if (!engagementIds.contains(command.engagementId())) {
            throw new UnknownRecordException("This file has no engagement with id " + command.engagementId() + ".");
        }
        LocalDate today = LocalDate.now(clock);
        reopening.reopen(command.engagementId(), command.reason(), today);
        care.engagementOpened(owner(clientId), settingsLookup.current(), today);
    }

    @CommandHandler
    public void handle(RecordStatus command, Clock clock, SettingsLookup settingsLookup) {
        care.recordStatus(owner(clientId), command.entry(), settingsLookup.current(), LocalDate.now(clock));
    }

    @CommandHandler
    public UUID handle(SignContract command, Clock clock, SettingsLookup settingsLookup, DeadlineManager deadlines) {
        return care.signContract(owner(clientId), command, settingsLookup.current(), clock, deadlines);
    }

    @CommandHandler
    public void handle(EndContract command, Clock clock, SettingsLookup settingsLookup, DeadlineManager deadlines) {
        care.endContract(owner(clientId), command, settingsLookup.current(), clock, deadlines);
    }

    @CommandHandler
    public void handle(CorrectContract command, Clock clock, SettingsLookup settingsLookup,
                       DeadlineManager deadlines) {
        care.correctContract(owner(clientId), command, settingsLookup.current(), clock, deadlines);
    }

    @CommandHandler
    public void handle(VoidContract command, SettingsLookup settingsLookup) {
        care.voidContract(owner(clientId), command.contractId(), command.reason(), settingsLookup.current());
    }

    @CommandHandler
    public void handle(MarkStatusInError command, SettingsLookup settingsLookup) {
        care.markInError(owner(clientId), command.entry(), command.reason(), settingsLookup.current());
    }

    @CommandHandler
    public void handle(NoteConsultation command, Clock clock, SettingsLookup settingsLookup,
                       ContactHistory contactHistory, DeadlineManager deadlines) {
        care.consultationRecorded(owner(clientId), command.date(), settingsLookup.current(),
                () -> contactHistory.lastConsultationOn(engagementIds), clock, deadlines);
    }

    @CommandHandler
    public int handle(AdoptPlan command, Clock clock) {
        return care.adoptPlan(owner(clientId), command, LocalDate.now(clock));
    }

    @CommandHandler
    public UUID handle(AssessHousehold command, Clock clock) {
        apply(HouseholdRules.assessed(command, LocalDate.now(clock)));
        return command.assessmentId();
    }

    @CommandHandler
    public void handle(ChangeResponsibleWorker command, Clock clock) {
        sharing.responsibleWorkerChanged(clientId, command.worker(), LocalDate.now(clock))
                .ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    public UUID handle(RecordSharingConsent command, Clock clock) {
        apply(sharing.consentGiven(command, LocalDate.now(clock)));
        return command.consentId();
    }

    @CommandHandler
    public void handle(RevokeSharingConsent command, Clock clock) {
        apply(sharing.consentRevoked(clientId, command, LocalDate.now(clock)));
    }

    @CommandHandler
    public void handle(ShareFile command, Clock clock) {
        sharing.shared(clientId, command.worker(), LocalDate.now(clock)).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(StopSharing command, Clock clock) {
        apply(sharing.stopped(clientId, command.worker(), LocalDate.now(clock)));
    }

    /** A client belongs to at most one family at a time; this stream is where that is decided. */
    @CommandHandler
    public void handle(JoinFamily command) {
        if (command.familyId().equals(familyId)) {
            throw RuleViolationException.of("clientId", "already-member",
                    "client " + clientId + " is already a member of this family");
        }
        if (familyId != null) {
            throw RuleViolationException.of("clientId", "already-in-another-family",
                    "client " + clientId + " is already a member of family " + familyId
                            + "; a client belongs to at most one family at a time");
        }
        apply(new ClientJoinedFamily(clientId, command.familyId(), command.relation(), command.since()));
    }

    @CommandHandler
    public void handle(LeaveFamily command) {
        requireMemberOf(command.familyId());
        apply(new ClientLeftFamily(clientId, command.familyId(), command.leftOn()));
    }

    /** A family's status entry, shared with its members: recorded as it is, with source FAMILY. */
    @CommandHandler
    public void handle(ShareFamilyStatus command) {
        requireMemberOf(command.familyId());
        apply(new StatusRecorded(clientId, command.entry().sharedByFamily()));
    }

    /** The family's entry was entered in error: so is its copy in this member's file. */
    @CommandHandler
    public void handle(WithdrawFamilyStatus command, SettingsLookup settingsLookup) {
        care.sharedEntryInError(owner(clientId), command.entry(), command.reason(), settingsLookup.current());
    }

    @DeadlineHandler(deadlineName = ContractBook.STARTS)
    void contractStarts(ContractBook.ContractDue due, SettingsLookup settingsLookup) {
        if (inert()) {
            return;
        }
        care.contractStarts(owner(clientId), due, settingsLookup.current());
    }

    @DeadlineHandler(deadlineName = ContractBook.EXPIRES)
    void contractExpires(ContractBook.ContractDue due, Clock clock, SettingsLookup settingsLookup,
                         DeadlineManager deadlines) {
        if (inert()) {
            return;
        }
        care.contractExpires(owner(clientId), due, settingsLookup.current(), clock, deadlines);
    }

    @DeadlineHandler(deadlineName = NoContactRule.DEADLINE)
    void noContactCheck(NoContactRule.Check check, Clock clock, SettingsLookup settingsLookup,
                        ContactHistory contactHistory, DeadlineManager deadlines) {
        if (inert()) {
            return;
        }
        care.noContactCheck(owner(clientId), settingsLookup.current(),
                contactHistory.lastConsultationOn(engagementIds), clock, deadlines);
    }

    /** An erased or merged file takes no automatic step any more. */
    private boolean inert() {
        return erased || mergedInto != null;
    }

    @DeadlineHandler(deadlineName = ContactMovedBack.DEADLINE)
    void contactMovedBack(ContactMovedBack.Recheck recheck, Clock clock, SettingsLookup settingsLookup,
                          ContactHistory contactHistory, DeadlineManager deadlines) {
        if (inert()) {
            return;
        }
        care.noContactRecheck(owner(clientId), settingsLookup.current(),
                        contactHistory.lastConsultationOn(engagementIds), LocalDate.now(clock))
                .filter(day -> recheck.due() == null)
                .ifPresent(day -> DayDeadlines.schedule(deadlines, clock, ContactMovedBack.DEADLINE, day,
                        new ContactMovedBack.Recheck(day)));
    }

    private void requireMemberOf(UUID family) {
        if (!family.equals(familyId)) {
            throw RuleViolationException.of("clientId", "not-a-member",
                    "client " + clientId + " is not a member of family " + family);
        }
    }

    /** The client's events for what its care record decides; the id is passed because a constructor has none yet. */
    private static CareRecord.Owner owner(UUID clientId) {
        return new ClientCareEvents(clientId);
    }

    @EventSourcingHandler
    void on(ClientRegistered event) {
        clientId = event.clientId();
        care.onOpened(event.registeredOn());
        sharing.onResponsibleWorker(event.responsibleWorker());
    }

    @EventSourcingHandler
    void on(ResponsibleWorkerChanged event) {
        sharing.onResponsibleWorker(event.worker());
    }

    @EventSourcingHandler
    void on(SharingConsentGiven event) {
        sharing.onConsentGiven(event);
    }

    @EventSourcingHandler
    void on(SharingConsentRevoked event) {
        sharing.onConsentRevoked(event);
    }

    @EventSourcingHandler
    void on(FileShared event) {
        sharing.onShared(event);
    }

    @EventSourcingHandler
    void on(SharingStopped event) {
        sharing.onStopped(event);
    }

    @EventSourcingHandler
    void on(StatusRecorded event) {
        care.onStatusRecorded(event.entry());
    }

    @EventSourcingHandler
    void on(ContractSigned event) {
        care.onContractSigned(event.contractId(), event.number(), event.terms());
    }

    @EventSourcingHandler
    void on(ContractEnded event) {
        care.onContractEnded(event.contractId(), event.endedOn());
    }

    @EventSourcingHandler
    void on(ContractCorrected event) {
        care.onContractCorrected(event.contractId(), event.number(), event.signedOn(), event.validFrom(),
                event.validTo());
    }

    @EventSourcingHandler
    void on(ContractVoided event) {
        care.onContractVoided(event.contractId());
    }

    @EventSourcingHandler
    void on(StatusEnteredInError event) {
        care.onStatusInError(event.entry());
    }

    @EventSourcingHandler
    void on(PlanAdopted event) {
        care.onPlanAdopted(event.version());
    }

    @EventSourcingHandler
    void on(EngagementAddedToFile event) {
        engagementIds.add(event.engagementId());
    }

    @EventSourcingHandler
    void on(ClientJoinedFamily event) {
        familyId = event.familyId();
    }

    @EventSourcingHandler
    void on(ClientLeftFamily event) {
        familyId = null;
    }

    @EventSourcingHandler
    void on(ClientMergedInto event) {
        mergedInto = event.survivorId();
    }

    @EventSourcingHandler
    void on(ClientFileTakenOver event) {
        engagementIds.addAll(event.engagementIds());
    }

    @EventSourcingHandler
    void on(ClientErased event) {
        erased = true;
    }
}

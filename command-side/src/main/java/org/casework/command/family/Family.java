package org.casework.command.family;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.casework.command.AggregateCaching;
import org.casework.command.care.CareRecord;
import org.casework.command.contract.ContractBook;
import org.casework.command.contract.ContractCorrection;
import org.casework.command.contract.ContractEnding;
import org.casework.command.contract.ContractSigning;
import org.casework.command.plan.PlanAdoption;
import org.casework.command.rules.AddressRules;
import org.casework.command.rules.BusinessDates;
import org.casework.command.rules.Text;
import org.casework.command.rules.UnknownRecordException;
import org.casework.command.rules.Violations;
import org.casework.command.settings.CurrentSettings;
import org.casework.command.settings.SettingsLookup;
import org.casework.command.sharing.ChangeFamilyResponsibleWorker;
import org.casework.command.sharing.FileSharing;
import org.casework.command.status.NoContactRule;
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
import org.casework.domain.family.Relation;
import org.casework.domain.sharing.FamilyResponsibleWorkerChanged;
import org.casework.domain.status.StatusEntry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A family (rodina / domácnost): clients who live together and are served as a unit. It keeps its members and,
 * in a {@link CareRecord} like a client's, its own status history, contracts and plan. Whether a client may join is
 * decided by the client's own file ({@link MemberFiles#join}), so a client is never in two families at once. With
 * the organisation's "share status with family" on, every status entry of the family reaches each current member.
 */
@Aggregate(filterEventsByType = true, cache = AggregateCaching.FAMILIES)
public class Family {

    static final int MAX_NAME_LENGTH = 200;

    @AggregateIdentifier
    private UUID familyId;
    private String responsibleWorker;
    private final CareRecord care = new CareRecord();
    private final Map<UUID, Membership> members = new LinkedHashMap<>();

    private record Membership(Relation relation, LocalDate since) {
    }

    protected Family() {
    }

    @CommandHandler
    public Family(CreateFamily command, Clock clock, SettingsLookup settingsLookup, DeadlineManager deadlines) {
        Violations violations = new Violations();
        String name = Text.clean(command.name());
        violations.require(name != null, "name", "required", "must be given");
        violations.require(name == null || name.length() <= MAX_NAME_LENGTH, "name", "size",
                "must not be longer than " + MAX_NAME_LENGTH + " characters");
        violations.require(command.createdOn() != null, "createdOn", "required", "must be given");
        BusinessDates.notInFuture(violations, "createdOn", command.createdOn(), LocalDate.now(clock));
        violations.throwIfAny();
        apply(new FamilyCreated(command.familyId(), name, AddressRules.cleaned(command.address()),
                Text.clean(command.responsibleWorker()), command.createdOn()));
        // a new family has no members to share its first status with
        CareRecord.open(owner(command.familyId(), null), command.createdOn(), settingsLookup.current(), clock,
                deadlines);
    }

    @CommandHandler
    public void handle(AddMember command, Clock clock, MemberFiles memberFiles) {
        Violations violations = new Violations();
        violations.require(command.clientId() != null, "clientId", "required", "must be given");
        violations.require(command.relation() != null, "relation", "required", "must be given");
        violations.require(command.since() != null, "since", "required", "must be given");
        BusinessDates.notInFuture(violations, "since", command.since(), LocalDate.now(clock));
        violations.require(command.clientId() == null || !members.containsKey(command.clientId()), "clientId",
                "already-member", "the client is already a member of this family");
        violations.require(command.relation() != Relation.REFERENCE_PERSON || members.values().stream()
                        .noneMatch(m -> m.relation() == Relation.REFERENCE_PERSON), "relation",
                "one-reference-person", "the family already has a reference person");
        violations.throwIfAny();
        memberFiles.join(command.clientId(), familyId, command.relation(), command.since());
        apply(new MemberAdded(familyId, command.clientId(), command.relation(), command.since()));
    }

    @CommandHandler
    public void handle(RemoveMember command, Clock clock, MemberFiles memberFiles) {
        Membership membership = members.get(command.clientId());
        if (membership == null) {
            throw new UnknownRecordException("Client " + command.clientId() + " is not a member of this family.");
        }
        Violations violations = new Violations();
        violations.require(command.leftOn() != null, "leftOn", "required", "must be given");
        BusinessDates.notInFuture(violations, "leftOn", command.leftOn(), LocalDate.now(clock));
        BusinessDates.notBefore(violations, "leftOn", command.leftOn(), membership.since(), "not-before-joined",
                "the day the client joined the family");
        violations.throwIfAny();
        memberFiles.leave(command.clientId(), familyId, command.leftOn());
        apply(new MemberRemoved(familyId, command.clientId(), command.leftOn()));
    }

    @CommandHandler
    public void handle(RecordFamilyStatus command, Clock clock, SettingsLookup settingsLookup,
                       MemberFiles memberFiles) {
        care.recordStatus(owner(familyId, memberFiles), command.entry(), settingsLookup.current(),
                LocalDate.now(clock));
    }

    @CommandHandler
    public UUID handle(SignFamilyContract command, Clock clock, SettingsLookup settingsLookup,
                       DeadlineManager deadlines, MemberFiles memberFiles) {
        return care.signContract(owner(familyId, memberFiles), command, settingsLookup.current(), clock, deadlines);
    }

    @CommandHandler
    public void handle(EndFamilyContract command, Clock clock, SettingsLookup settingsLookup,
                       DeadlineManager deadlines, MemberFiles memberFiles) {
        care.endContract(owner(familyId, memberFiles), command, settingsLookup.current(), clock, deadlines);
    }

    @CommandHandler
    public void handle(CorrectFamilyContract command, Clock clock, SettingsLookup settingsLookup,
                       DeadlineManager deadlines, MemberFiles memberFiles) {
        care.correctContract(owner(familyId, memberFiles), command, settingsLookup.current(), clock, deadlines);
    }

    @CommandHandler
    public void handle(VoidFamilyContract command, SettingsLookup settingsLookup, MemberFiles memberFiles) {
        care.voidContract(owner(familyId, memberFiles), command.contractId(), command.reason(),
                settingsLookup.current());
    }

    @CommandHandler
    public void handle(MarkFamilyStatusInError command, SettingsLookup settingsLookup, MemberFiles memberFiles) {
        care.markInError(owner(familyId, memberFiles), command.entry(), command.reason(), settingsLookup.current());
    }

    /** A member's consultation may disprove the family's no-contact entry, as it would the member's own. */
    @CommandHandler
    public void handle(NoteMemberConsultation command, Clock clock, SettingsLookup settingsLookup,
                       DeadlineManager deadlines, MemberFiles memberFiles) {
        if (members.containsKey(command.clientId())) {
            care.consultationRecorded(owner(familyId, memberFiles), command.date(), settingsLookup.current(),
                    () -> memberFiles.lastConsultationOn(List.copyOf(members.keySet())), clock, deadlines);
        }
    }

    @CommandHandler
    public void handle(ChangeFamilyResponsibleWorker command, Clock clock) {
        Violations violations = new Violations();
        String worker = FileSharing.checkedWorker(command.worker(), "worker", violations);
        violations.throwIfAny();
        if (!worker.equals(responsibleWorker)) {
            apply(new FamilyResponsibleWorkerChanged(familyId, worker, LocalDate.now(clock)));
        }
    }

    @CommandHandler
    public int handle(AdoptFamilyPlan command, Clock clock) {
        return care.adoptPlan(owner(familyId, null), command, LocalDate.now(clock));
    }

    /** R2 "CONTACTED becomes APPLICANT when the first engagement is opened", for an engagement of a member. */
    @CommandHandler
    public void handle(NoteMemberEngagement command, SettingsLookup settingsLookup, MemberFiles memberFiles) {
        if (members.containsKey(command.clientId())) {
            care.engagementOpened(owner(familyId, memberFiles), settingsLookup.current(), command.openedOn());
        }
    }

    @DeadlineHandler(deadlineName = ContractBook.STARTS)
    void contractStarts(ContractBook.ContractDue due, SettingsLookup settingsLookup, MemberFiles memberFiles) {
        care.contractStarts(owner(familyId, memberFiles), due, settingsLookup.current());
    }

    @DeadlineHandler(deadlineName = ContractBook.EXPIRES)
    void contractExpires(ContractBook.ContractDue due, Clock clock, SettingsLookup settingsLookup,
                         DeadlineManager deadlines, MemberFiles memberFiles) {
        care.contractExpires(owner(familyId, memberFiles), due, settingsLookup.current(), clock, deadlines);
    }

    /** A family is in contact while any current member is: the latest consultation of any of them counts. */
    @DeadlineHandler(deadlineName = NoContactRule.DEADLINE)
    void noContactCheck(NoContactRule.Check check, Clock clock, SettingsLookup settingsLookup,
                        DeadlineManager deadlines, MemberFiles memberFiles) {
        care.noContactCheck(owner(familyId, memberFiles), settingsLookup.current(),
                memberFiles.lastConsultationOn(List.copyOf(members.keySet())), clock, deadlines);
    }

    /**
     * The family's events for what its care record decides. A status entry is shared with the current members when
     * the organisation says so; {@code memberFiles} may be null where nothing can be shared.
     */
    private CareRecord.Owner owner(UUID id, MemberFiles memberFiles) {
        return new CareRecord.Owner() {
            @Override
            public void statusRecorded(StatusEntry entry, CurrentSettings settings) {
                apply(new FamilyStatusRecorded(id, entry));
                if (settings.settings().statusSharedWithFamily()) {
                    members.keySet().forEach(clientId -> memberFiles.shareStatus(clientId, id, entry));
                }
            }

            @Override
            public void contractSigned(ContractSigning signing, String number) {
                apply(new FamilyContractSigned(id, signing.contractId(), number, signing.signedOn(),
                        signing.validFrom(), signing.validTo()));
            }

            @Override
            public void contractEnded(ContractEnding ending, String reason) {
                apply(new FamilyContractEnded(id, ending.contractId(), ending.endedOn(), reason));
            }

            @Override
            public void contractCorrected(ContractCorrection correction, String number, String reason) {
                apply(new FamilyContractCorrected(id, correction.contractId(), number, correction.signedOn(),
                        correction.validFrom(), correction.validTo(), reason));
            }

            @Override
            public void contractVoided(UUID contractId, String reason) {
                apply(new FamilyContractVoided(id, contractId, reason));
            }

            /** The members' copies of a shared entry are marked too, wherever a current member holds one. */
            @Override
            public void statusInError(int index, StatusEntry entry, String reason, boolean bySystem,
                                      CurrentSettings settings) {
                apply(new FamilyStatusEnteredInError(id, index, reason, bySystem));
                members.keySet().forEach(clientId -> memberFiles.withdrawStatus(clientId, id, entry, reason));
            }

            @Override
            public void planAdopted(int version, PlanAdoption adoption, List<String> goals) {
                apply(new FamilyPlanAdopted(id, version, adoption.validFrom(), adoption.reviewDue(), goals));
            }
        };
    }

    @EventSourcingHandler
    void on(FamilyResponsibleWorkerChanged event) {
        responsibleWorker = event.worker();
    }

    @EventSourcingHandler
    void on(FamilyCreated event) {
        familyId = event.familyId();
        responsibleWorker = event.responsibleWorker();
        care.onOpened(event.createdOn());
    }

    @EventSourcingHandler
    void on(MemberAdded event) {
        members.put(event.clientId(), new Membership(event.relation(), event.since()));
    }

    @EventSourcingHandler
    void on(MemberRemoved event) {
        members.remove(event.clientId());
    }

    @EventSourcingHandler
    void on(FamilyStatusRecorded event) {
        care.onStatusRecorded(event.entry());
    }

    @EventSourcingHandler
    void on(FamilyContractSigned event) {
        care.onContractSigned(event.contractId(), event.number(), event.terms());
    }

    @EventSourcingHandler
    void on(FamilyContractEnded event) {
        care.onContractEnded(event.contractId(), event.endedOn());
    }

    @EventSourcingHandler
    void on(FamilyContractCorrected event) {
        care.onContractCorrected(event.contractId(), event.number(), event.signedOn(), event.validFrom(),
                event.validTo());
    }

    @EventSourcingHandler
    void on(FamilyContractVoided event) {
        care.onContractVoided(event.contractId());
    }

    @EventSourcingHandler
    void on(FamilyStatusEnteredInError event) {
        care.onStatusInError(event.entry());
    }

    @EventSourcingHandler
    void on(FamilyPlanAdopted event) {
        care.onPlanAdopted(event.version());
    }
}

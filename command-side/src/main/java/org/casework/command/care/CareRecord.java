package org.casework.command.care;

import org.axonframework.deadline.DeadlineManager;
import org.casework.command.contract.ContractBook;
import org.casework.command.contract.ContractCorrection;
import org.casework.command.contract.ContractEnding;
import org.casework.command.contract.ContractSigning;
import org.casework.command.plan.PlanAdoption;
import org.casework.command.plan.PlanRules;
import org.casework.command.rules.Text;
import org.casework.command.rules.UnknownRecordException;
import org.casework.command.rules.Violations;
import org.casework.command.settings.CurrentSettings;
import org.casework.command.status.AutomaticStatus;
import org.casework.command.status.DayDeadlines;
import org.casework.command.status.ManualStatus;
import org.casework.command.status.NoContactRule;
import org.casework.command.status.StatusRules;
import org.casework.domain.contract.ContractTerms;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusSource;
import org.casework.domain.status.StatusTimeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The status history, contracts and individual plan that a client's file and a family's file both keep, with the
 * rules that apply to them: manual entries ({@link StatusRules}), the automatic rules ({@link AutomaticStatus},
 * {@link NoContactRule}), contracts ({@link ContractBook}) and plans ({@link PlanRules}). The owning aggregate turns
 * each decision into its own event through an {@link Owner} and feeds its events back through the {@code on...}
 * methods, which only set state.
 */
public final class CareRecord {

    /** The reasons the system gives when a contract's change withdraws the statuses it made. */
    static final String CONTRACT_CORRECTED = "contract corrected";
    static final String CONTRACT_VOIDED = "contract voided";
    private static final int MAX_REASON = 2000;

    private LocalDate openedOn;
    private StatusTimeline statuses = StatusTimeline.empty();
    private final ContractBook contracts = new ContractBook();
    private int planVersion;

    /** How the owning aggregate records what this record decides: each method applies one event of the owner's. */
    public interface Owner {

        void statusRecorded(StatusEntry entry, CurrentSettings settings);

        void contractSigned(ContractSigning signing, String number);

        void contractEnded(ContractEnding ending, String reason);

        void contractCorrected(ContractCorrection correction, String number, String reason);

        void contractVoided(UUID contractId, String reason);

        /** The entry at {@code index} (recording order) was entered in error; {@code bySystem} for a rule's own. */
        void statusInError(int index, StatusEntry entry, String reason, boolean bySystem, CurrentSettings settings);

        void planAdopted(int version, PlanAdoption adoption, List<String> goals);
    }

    /**
     * The first status entry of a new file and its first no-contact check. It runs in the owner's constructor,
     * before any state is set, so it uses only its arguments.
     */
    public static void open(Owner owner, LocalDate openedOn, CurrentSettings settings, Clock clock,
                            DeadlineManager deadlines) {
        owner.statusRecorded(AutomaticStatus.initial(settings.settings(), openedOn), settings);
        LocalDate firstCheck = NoContactRule.firstCheck(settings, openedOn);
        DayDeadlines.schedule(deadlines, clock, NoContactRule.DEADLINE, firstCheck,
                new NoContactRule.Check(firstCheck));
    }

    public void recordStatus(Owner owner, ManualStatus input, CurrentSettings settings, LocalDate today) {
        Violations violations = new Violations();
        StatusEntry entry = StatusRules.checked(input, StatusSource.MANUAL, statuses, settings.settings(), openedOn,
                today, violations);
        violations.throwIfAny();
        owner.statusRecorded(entry, settings);
    }

    public void engagementOpened(Owner owner, CurrentSettings settings, LocalDate openedOn) {
        AutomaticStatus.engagementOpened(settings, statuses, openedOn)
                .ifPresent(entry -> owner.statusRecorded(entry, settings));
    }

    public UUID signContract(Owner owner, ContractSigning signing, CurrentSettings settings, Clock clock,
                             DeadlineManager deadlines) {
        LocalDate today = LocalDate.now(clock);
        Violations violations = new Violations();
        contracts.checkSigning(signing, today, violations);
        violations.throwIfAny();
        owner.contractSigned(signing, Text.clean(signing.number()));
        startOrSchedule(owner, signing.contractId(), settings, clock, deadlines);
        expireOrSchedule(owner, signing.contractId(), settings, clock, deadlines);
        return signing.contractId();
    }

    /**
     * New terms for a contract. In automatic mode the statuses follow: the admission or termination the old terms
     * made is marked in error by the system where the day it took effect moved, and the rules run for the new terms.
     * Deadlines for the old days find their day outdated and do nothing.
     */
    public void correctContract(Owner owner, ContractCorrection correction, CurrentSettings settings, Clock clock,
                                DeadlineManager deadlines) {
        Violations violations = new Violations();
        contracts.checkCorrection(correction, LocalDate.now(clock), violations);
        violations.throwIfAny();
        UUID contractId = correction.contractId();
        ContractTerms before = contracts.get(contractId).terms();
        owner.contractCorrected(correction, Text.clean(correction.number()), Text.clean(correction.reason()));
        ContractTerms after = contracts.get(contractId).terms();
        boolean startMoved = !before.firstValidDay().equals(after.firstValidDay());
        boolean endMoved = !Objects.equals(before.lastValidDay(), after.lastValidDay());
        if (startMoved) {
            withdrawAdmissions(owner, contractId, before, CONTRACT_CORRECTED, settings);
        }
        if (endMoved) {
            withdrawTermination(owner, contractId, before, CONTRACT_CORRECTED, settings);
        }
        if (startMoved) {
            startOrSchedule(owner, contractId, settings, clock, deadlines);
        }
        if (endMoved) {
            expireOrSchedule(owner, contractId, settings, clock, deadlines);
        }
    }

    /** A contract entered in error: gone, and in automatic mode so are the admission and termination it made. */
    public void voidContract(Owner owner, UUID contractId, String reason, CurrentSettings settings) {
        Violations violations = new Violations();
        contracts.checkVoiding(contractId, reason, violations);
        violations.throwIfAny();
        ContractTerms terms = contracts.get(contractId).terms();
        owner.contractVoided(contractId, Text.clean(reason));
        withdrawAdmissions(owner, contractId, terms, CONTRACT_VOIDED, settings);
        withdrawTermination(owner, contractId, terms, CONTRACT_VOIDED, settings);
    }

    /**
     * A worker marks the entry at {@code index} (recording order) as entered in error. The last entry that counts
     * cannot go: the file would have no status, so the right one is recorded first.
     */
    public void markInError(Owner owner, int index, String reason, CurrentSettings settings) {
        if (index < 0 || index >= statuses.entries().size()) {
            throw new UnknownRecordException("This file has no status entry number " + index + ".");
        }
        String cleaned = Text.clean(reason);
        Violations violations = new Violations();
        violations.require(!statuses.isInError(index), "entry", "already-in-error",
                "status entry " + index + " is marked as entered in error already");
        violations.require(statuses.isInError(index) || statuses.counting().size() > 1, "entry",
                "last-counting-entry", "the file's only valid status entry; record the right status first");
        violations.require(cleaned != null, "reason", "required", "must say why the entry was entered in error");
        violations.require(cleaned == null || cleaned.length() <= MAX_REASON, "reason", "max-length",
                "must not be longer than " + MAX_REASON + " characters");
        violations.throwIfAny();
        owner.statusInError(index, statuses.entries().get(index), cleaned, false, settings);
    }

    /**
     * The family's entry {@code shared} was entered in error: its copy in this member's file is marked too (the
     * earliest copy that still counts; none when the member never got it).
     */
    public void sharedEntryInError(Owner owner, StatusEntry shared, String reason, CurrentSettings settings) {
        StatusEntry copy = shared.sharedByFamily();
        statuses.counting().stream().filter(i -> statuses.entries().get(i).equals(copy)).findFirst()
                .ifPresent(i -> owner.statusInError(i, copy, reason, true, settings));
    }

    /**
     * A consultation on {@code day} was recorded. In automatic mode, a no-contact entry it disproves is marked in
     * error by the system, and the check runs again at once with what the file knows now. The last consultation is
     * asked for only then: it loads every engagement of the file (of every member, for a family).
     */
    public void consultationRecorded(Owner owner, LocalDate day, CurrentSettings settings,
                                     Supplier<Optional<LocalDate>> lastConsultation, Clock clock,
                                     DeadlineManager deadlines) {
        if (!settings.automatic()) {
            return;
        }
        List<Integer> disproved = statuses.counting().stream()
                .filter(i -> NoContactRule.contradicts(settings, statuses.entries().get(i), day)).toList();
        if (disproved.isEmpty()) {
            return;
        }
        disproved.forEach(i -> owner.statusInError(i, statuses.entries().get(i), NoContactRule.RULE, true,
                settings));
        deadlines.cancelAllWithinScope(NoContactRule.DEADLINE);
        noContactCheck(owner, settings, lastConsultation.get(), clock, deadlines);
    }

    public void endContract(Owner owner, ContractEnding ending, CurrentSettings settings, Clock clock,
                            DeadlineManager deadlines) {
        Violations violations = new Violations();
        contracts.checkEnding(ending, violations);
        violations.throwIfAny();
        owner.contractEnded(ending, Text.clean(ending.reason()));
        expireOrSchedule(owner, ending.contractId(), settings, clock, deadlines);
    }

    /**
     * The status entries that count, in recording order, as a merged file hands them over (an entry marked in
     * error stays behind in the merged file's history).
     */
    public List<StatusEntry> statusEntries() {
        return statuses.counting().stream().map(statuses.entries()::get).toList();
    }

    public Map<UUID, ContractBook.Contract> contracts() {
        return contracts.all();
    }

    /** Adopts the next version of the plan and answers its number. */
    public int adoptPlan(Owner owner, PlanAdoption adoption, LocalDate today) {
        Violations violations = new Violations();
        List<String> goals = PlanRules.checked(adoption, today, violations);
        violations.throwIfAny();
        owner.planAdopted(planVersion + 1, adoption, goals);
        return planVersion;
    }

    /** The {@link ContractBook#STARTS} deadline: nothing when the contract was voided or its start moved. */
    public void contractStarts(Owner owner, ContractBook.ContractDue due, CurrentSettings settings) {
        contracts.find(due.contractId())
                .filter(contract -> due.holdsFor(contract.terms().firstValidDay()))
                .ifPresent(contract -> start(owner, contract.terms(), settings));
    }

    /** The {@link ContractBook#EXPIRES} deadline: nothing when the contract was voided or its end moved. */
    public void contractExpires(Owner owner, ContractBook.ContractDue due, CurrentSettings settings, Clock clock,
                                DeadlineManager deadlines) {
        contracts.find(due.contractId())
                .filter(contract -> contract.terms().lastValidDay() != null
                        && due.holdsFor(contract.terms().lastValidDay().plusDays(1)))
                .ifPresent(contract -> expireOrSchedule(owner, due.contractId(), settings, clock, deadlines));
    }

    private void startOrSchedule(Owner owner, UUID contractId, CurrentSettings settings, Clock clock,
                                 DeadlineManager deadlines) {
        ContractTerms terms = contracts.get(contractId).terms();
        LocalDate firstValidDay = terms.firstValidDay();
        if (firstValidDay.isAfter(LocalDate.now(clock))) {
            DayDeadlines.schedule(deadlines, clock, ContractBook.STARTS, firstValidDay,
                    new ContractBook.ContractDue(contractId, firstValidDay));
        } else {
            start(owner, terms, settings);
        }
    }

    private void start(Owner owner, ContractTerms terms, CurrentSettings settings) {
        if (terms.validOn(terms.firstValidDay())) {
            AutomaticStatus.contractStarted(settings, statuses, terms.firstValidDay())
                    .ifPresent(entry -> owner.statusRecorded(entry, settings));
        }
    }

    /** Terminates on the day after the contract's last valid day, or schedules this check for then. */
    private void expireOrSchedule(Owner owner, UUID contractId, CurrentSettings settings, Clock clock,
                                  DeadlineManager deadlines) {
        LocalDate lastValidDay = contracts.get(contractId).terms().lastValidDay();
        if (lastValidDay == null) {
            return;
        }
        LocalDate dayAfter = lastValidDay.plusDays(1);
        if (dayAfter.isAfter(LocalDate.now(clock))) {
            DayDeadlines.schedule(deadlines, clock, ContractBook.EXPIRES, dayAfter,
                    new ContractBook.ContractDue(contractId, dayAfter));
        } else {
            AutomaticStatus.contractExpired(settings, statuses, dayAfter,
                            contracts.anotherValidOn(contractId, dayAfter))
                    .ifPresent(entry -> owner.statusRecorded(entry, settings));
        }
    }

    /** The automatic admissions within the contract's old terms that no other contract explains. */
    private void withdrawAdmissions(Owner owner, UUID contractId, ContractTerms old, String reason,
                                    CurrentSettings settings) {
        if (!settings.automatic()) {
            return;
        }
        AutomaticStatus.admissionsOf(statuses, old.firstValidDay()).stream()
                .filter(i -> old.validOn(statuses.entries().get(i).effectiveDate()))
                .filter(i -> !contracts.anotherValidOn(contractId, statuses.entries().get(i).effectiveDate()))
                .forEach(i -> owner.statusInError(i, statuses.entries().get(i), reason, true, settings));
    }

    private void withdrawTermination(Owner owner, UUID contractId, ContractTerms old, String reason,
                                     CurrentSettings settings) {
        if (!settings.automatic() || old.lastValidDay() == null) {
            return;
        }
        LocalDate dayAfter = old.lastValidDay().plusDays(1);
        if (contracts.anotherEndsBefore(contractId, dayAfter)) {
            return;
        }
        AutomaticStatus.terminationsOf(statuses, dayAfter)
                .forEach(i -> owner.statusInError(i, statuses.entries().get(i), reason, true, settings));
    }

    /** The {@link NoContactRule#DEADLINE}: maybe an entry, and always the next check. */
    public void noContactCheck(Owner owner, CurrentSettings settings, Optional<LocalDate> lastConsultation,
                               Clock clock, DeadlineManager deadlines) {
        NoContactRule.Decision decision = NoContactRule.decide(settings, statuses, openedOn, lastConsultation,
                LocalDate.now(clock));
        decision.entry().ifPresent(entry -> owner.statusRecorded(entry, settings));
        DayDeadlines.schedule(deadlines, clock, NoContactRule.DEADLINE, decision.nextCheck(),
                new NoContactRule.Check(decision.nextCheck()));
    }

    /**
     * After a last consultation moved back ({@code ContactMovedBack}): records the no-contact rule's entry if it is
     * due by {@code today}, else answers the day it will be.
     */
    public Optional<LocalDate> noContactRecheck(Owner owner, CurrentSettings settings,
                                                Optional<LocalDate> lastConsultation, LocalDate today) {
        Optional<LocalDate> firesOn = NoContactRule.firesOn(settings, statuses, openedOn, lastConsultation);
        if (firesOn.isEmpty() || firesOn.get().isAfter(today)) {
            return firesOn;
        }
        NoContactRule.decide(settings, statuses, openedOn, lastConsultation, today).entry()
                .ifPresent(entry -> owner.statusRecorded(entry, settings));
        return Optional.empty();
    }

    public void onOpened(LocalDate day) {
        openedOn = day;
    }

    public void onStatusRecorded(StatusEntry entry) {
        statuses = statuses.with(entry);
    }

    public void onContractSigned(UUID contractId, String number, ContractTerms terms) {
        contracts.signed(contractId, number, terms);
    }

    public void onContractEnded(UUID contractId, LocalDate endedOn) {
        contracts.ended(contractId, endedOn);
    }

    public void onContractCorrected(UUID contractId, String number, LocalDate signedOn, LocalDate validFrom,
                                    LocalDate validTo) {
        contracts.corrected(contractId, number, signedOn, validFrom, validTo);
    }

    public void onContractVoided(UUID contractId) {
        contracts.voided(contractId);
    }

    public void onStatusInError(int index) {
        statuses = statuses.withError(index);
    }

    public void onPlanAdopted(int version) {
        planVersion = version;
    }
}

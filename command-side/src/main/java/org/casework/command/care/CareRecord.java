package org.casework.command.care;

import org.axonframework.deadline.DeadlineManager;
import org.casework.command.contract.ContractBook;
import org.casework.command.contract.ContractEnding;
import org.casework.command.contract.ContractSigning;
import org.casework.command.plan.PlanAdoption;
import org.casework.command.plan.PlanRules;
import org.casework.command.rules.Text;
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
import java.util.Optional;
import java.util.UUID;

/**
 * The status history, contracts and individual plan that a client's file and a family's file both keep, with the
 * rules that apply to them: manual entries ({@link StatusRules}), the automatic rules ({@link AutomaticStatus},
 * {@link NoContactRule}), contracts ({@link ContractBook}) and plans ({@link PlanRules}). The owning aggregate turns
 * each decision into its own event through an {@link Owner} and feeds its events back through the {@code on...}
 * methods, which only set state.
 */
public final class CareRecord {

    private LocalDate openedOn;
    private StatusTimeline statuses = StatusTimeline.empty();
    private final ContractBook contracts = new ContractBook();
    private int planVersion;

    /** How the owning aggregate records what this record decides: each method applies one event of the owner's. */
    public interface Owner {

        void statusRecorded(StatusEntry entry, CurrentSettings settings);

        void contractSigned(ContractSigning signing, String number);

        void contractEnded(ContractEnding ending, String reason);

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

        LocalDate firstValidDay = contracts.get(signing.contractId()).terms().firstValidDay();
        if (firstValidDay.isAfter(today)) {
            DayDeadlines.schedule(deadlines, clock, ContractBook.STARTS, firstValidDay,
                    new ContractBook.ContractDue(signing.contractId()));
        } else {
            contractStarts(owner, new ContractBook.ContractDue(signing.contractId()), settings);
        }
        contractExpires(owner, new ContractBook.ContractDue(signing.contractId()), settings, clock, deadlines);
        return signing.contractId();
    }

    public void endContract(Owner owner, ContractEnding ending, CurrentSettings settings, Clock clock,
                            DeadlineManager deadlines) {
        Violations violations = new Violations();
        contracts.checkEnding(ending, violations);
        violations.throwIfAny();
        owner.contractEnded(ending, Text.clean(ending.reason()));
        contractExpires(owner, new ContractBook.ContractDue(ending.contractId()), settings, clock, deadlines);
    }

    /** Adopts the next version of the plan and answers its number. */
    public int adoptPlan(Owner owner, PlanAdoption adoption, LocalDate today) {
        Violations violations = new Violations();
        List<String> goals = PlanRules.checked(adoption, today, violations);
        violations.throwIfAny();
        owner.planAdopted(planVersion + 1, adoption, goals);
        return planVersion;
    }

    /** The {@link ContractBook#STARTS} deadline, or signing a contract that is valid already. */
    public void contractStarts(Owner owner, ContractBook.ContractDue due, CurrentSettings settings) {
        ContractTerms terms = contracts.get(due.contractId()).terms();
        if (terms.validOn(terms.firstValidDay())) {
            AutomaticStatus.contractStarted(settings, statuses, terms.firstValidDay())
                    .ifPresent(entry -> owner.statusRecorded(entry, settings));
        }
    }

    /**
     * The {@link ContractBook#EXPIRES} deadline: terminates on the day after the contract's last valid day, or
     * schedules this check for then.
     */
    public void contractExpires(Owner owner, ContractBook.ContractDue due, CurrentSettings settings, Clock clock,
                                DeadlineManager deadlines) {
        LocalDate lastValidDay = contracts.get(due.contractId()).terms().lastValidDay();
        if (lastValidDay == null) {
            return;
        }
        LocalDate dayAfter = lastValidDay.plusDays(1);
        if (dayAfter.isAfter(LocalDate.now(clock))) {
            DayDeadlines.schedule(deadlines, clock, ContractBook.EXPIRES, dayAfter, due);
        } else {
            AutomaticStatus.contractExpired(settings, statuses, dayAfter,
                            contracts.anotherValidOn(due.contractId(), dayAfter))
                    .ifPresent(entry -> owner.statusRecorded(entry, settings));
        }
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

    public void onPlanAdopted(int version) {
        planVersion = version;
    }
}

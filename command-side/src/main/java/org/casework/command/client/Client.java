package org.casework.command.client;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.casework.command.contract.ContractBook;
import org.casework.command.contract.EndContract;
import org.casework.command.contract.SignContract;
import org.casework.command.engagement.Engagement;
import org.casework.command.engagement.OpenEngagement;
import org.casework.command.rules.BusinessDates;
import org.casework.command.rules.InvalidValue;
import org.casework.command.rules.Text;
import org.casework.command.rules.Violations;
import org.casework.command.plan.AdoptPlan;
import org.casework.command.plan.PlanRules;
import org.casework.command.settings.CurrentSettings;
import org.casework.command.settings.SettingsLookup;
import org.casework.command.status.AutomaticStatus;
import org.casework.command.status.DayDeadlines;
import org.casework.command.status.NoContactRule;
import org.casework.command.status.RecordStatus;
import org.casework.command.status.StatusRules;
import org.casework.domain.client.EngagementAddedToFile;
import org.casework.domain.client.ClientRegistered;
import org.casework.domain.client.PersonalData;
import org.casework.domain.client.PersonalDataUpdated;
import org.casework.domain.client.ServiceApplicationRecorded;
import org.casework.domain.client.TimeSlot;
import org.casework.domain.client.TimeSlotsRequested;
import org.casework.domain.contract.ContractEnded;
import org.casework.domain.contract.ContractSigned;
import org.casework.domain.contract.ContractTerms;
import org.casework.domain.plan.PlanAdopted;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusRecorded;
import org.casework.domain.status.StatusSource;
import org.casework.domain.status.StatusTimeline;

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
 * A client file (klientský spis): the person the organisation serves, the root of their engagements, and the owner
 * of their status history, contracts and individual plan. The status rules live in {@code command.status}, the
 * contract rules in {@link ContractBook}, the plan rules in {@link PlanRules}; this class ties them to the file.
 */
@Aggregate(filterEventsByType = true)
public class Client {

    @AggregateIdentifier
    private UUID clientId;
    private LocalDate registeredOn;
    private StatusTimeline statuses = StatusTimeline.empty();
    private final ContractBook contracts = new ContractBook();
    private int planVersion;
    private final List<UUID> engagementIds = new ArrayList<>();

    protected Client() {
    }

    @CommandHandler
    public Client(RegisterClient command, Clock clock, SettingsLookup settingsLookup, DeadlineManager deadlines) {
        LocalDate today = LocalDate.now(clock);
        Violations violations = new Violations();
        PersonalData personalData = PersonalDataRules.checked(command.personalData(), today, violations);
        BusinessDates.notInFuture(violations, "registeredOn", command.registeredOn(), today);
        violations.throwIfAny();
        apply(new ClientRegistered(command.clientId(), personalData, command.responsibleWorker(),
                command.registeredOn()));
        // state changes only once the constructor has returned, so the command's values are used here
        CurrentSettings settings = settingsLookup.current();
        apply(new StatusRecorded(command.clientId(),
                AutomaticStatus.initial(settings.settings(), command.registeredOn())));
        LocalDate firstCheck = NoContactRule.firstCheck(settings, command.registeredOn());
        DayDeadlines.schedule(deadlines, clock, NoContactRule.DEADLINE, firstCheck, new NoContactRule.Check(firstCheck));
    }

    @CommandHandler
    public void handle(UpdatePersonalData command, Clock clock) {
        Violations violations = new Violations();
        PersonalData personalData = PersonalDataRules.checked(command.personalData(), LocalDate.now(clock),
                violations);
        violations.throwIfAny();
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

    /** R1: an engagement is opened for one existing client; loading this aggregate proves it exists. */
    @CommandHandler
    public UUID handle(OpenEngagement command, Clock clock, SettingsLookup settingsLookup) throws Exception {
        LocalDate today = LocalDate.now(clock);
        createNew(Engagement.class, () -> new Engagement(command, today));
        apply(new EngagementAddedToFile(clientId, command.engagementId(), command.openedOn()));
        AutomaticStatus.engagementOpened(settingsLookup.current(), statuses, command.openedOn())
                .ifPresent(this::record);
        return command.engagementId();
    }

    @CommandHandler
    public void handle(RecordStatus command, Clock clock, SettingsLookup settingsLookup) {
        Violations violations = new Violations();
        StatusEntry entry = StatusRules.checked(command.entry(), StatusSource.MANUAL, statuses,
                settingsLookup.current().settings(), registeredOn, LocalDate.now(clock), violations);
        violations.throwIfAny();
        record(entry);
    }

    @CommandHandler
    public UUID handle(SignContract command, Clock clock, SettingsLookup settingsLookup, DeadlineManager deadlines) {
        LocalDate today = LocalDate.now(clock);
        Violations violations = new Violations();
        contracts.checkSigning(command, today, violations);
        violations.throwIfAny();
        apply(new ContractSigned(clientId, command.contractId(), Text.clean(command.number()), command.signedOn(),
                command.validFrom(), command.validTo()));

        CurrentSettings settings = settingsLookup.current();
        LocalDate firstValidDay = contracts.get(command.contractId()).terms().firstValidDay();
        if (firstValidDay.isAfter(today)) {
            DayDeadlines.schedule(deadlines, clock, ContractBook.STARTS, firstValidDay,
                    new ContractBook.ContractDue(command.contractId()));
        } else {
            contractStarted(command.contractId(), settings);
        }
        contractExpiry(command.contractId(), settings, today, deadlines, clock);
        return command.contractId();
    }

    @CommandHandler
    public void handle(EndContract command, Clock clock, SettingsLookup settingsLookup, DeadlineManager deadlines) {
        Violations violations = new Violations();
        contracts.checkEnding(command, violations);
        violations.throwIfAny();
        apply(new ContractEnded(clientId, command.contractId(), command.endedOn(), Text.clean(command.reason())));
        contractExpiry(command.contractId(), settingsLookup.current(), LocalDate.now(clock), deadlines, clock);
    }

    @CommandHandler
    public int handle(AdoptPlan command, Clock clock) {
        Violations violations = new Violations();
        List<String> goals = PlanRules.checked(command, LocalDate.now(clock), violations);
        violations.throwIfAny();
        apply(new PlanAdopted(clientId, planVersion + 1, command.validFrom(), command.reviewDue(), goals));
        return planVersion;
    }

    @DeadlineHandler(deadlineName = ContractBook.STARTS)
    void contractStarts(ContractBook.ContractDue due, SettingsLookup settingsLookup) {
        contractStarted(due.contractId(), settingsLookup.current());
    }

    @DeadlineHandler(deadlineName = ContractBook.EXPIRES)
    void contractExpires(ContractBook.ContractDue due, Clock clock, SettingsLookup settingsLookup,
                         DeadlineManager deadlines) {
        contractExpiry(due.contractId(), settingsLookup.current(), LocalDate.now(clock), deadlines, clock);
    }

    @DeadlineHandler(deadlineName = NoContactRule.DEADLINE)
    void noContactCheck(NoContactRule.Check check, Clock clock, SettingsLookup settingsLookup,
                        ContactHistory contactHistory, DeadlineManager deadlines) {
        NoContactRule.Decision decision = NoContactRule.decide(settingsLookup.current(), statuses, registeredOn,
                contactHistory.lastConsultationOn(engagementIds), LocalDate.now(clock));
        decision.entry().ifPresent(this::record);
        DayDeadlines.schedule(deadlines, clock, NoContactRule.DEADLINE, decision.nextCheck(),
                new NoContactRule.Check(decision.nextCheck()));
    }

    private void contractStarted(UUID contractId, CurrentSettings settings) {
        ContractTerms terms = contracts.get(contractId).terms();
        if (terms.validOn(terms.firstValidDay())) {
            AutomaticStatus.contractStarted(settings, statuses, terms.firstValidDay()).ifPresent(this::record);
        }
    }

    /** Terminates on the day after the contract's last valid day, or schedules that check for then. */
    private void contractExpiry(UUID contractId, CurrentSettings settings, LocalDate today, DeadlineManager deadlines,
                                Clock clock) {
        LocalDate lastValidDay = contracts.get(contractId).terms().lastValidDay();
        if (lastValidDay == null) {
            return;
        }
        LocalDate dayAfter = lastValidDay.plusDays(1);
        if (dayAfter.isAfter(today)) {
            DayDeadlines.schedule(deadlines, clock, ContractBook.EXPIRES, dayAfter,
                    new ContractBook.ContractDue(contractId));
        } else {
            AutomaticStatus.contractExpired(settings, statuses, dayAfter, contracts.anotherValidOn(contractId, dayAfter))
                    .ifPresent(this::record);
        }
    }

    private void record(StatusEntry entry) {
        apply(new StatusRecorded(clientId, entry));
    }

    @EventSourcingHandler
    void on(ClientRegistered event) {
        clientId = event.clientId();
        registeredOn = event.registeredOn();
    }

    @EventSourcingHandler
    void on(StatusRecorded event) {
        statuses = statuses.with(event.entry());
    }

    @EventSourcingHandler
    void on(ContractSigned event) {
        contracts.signed(event.contractId(), event.number(), event.terms());
    }

    @EventSourcingHandler
    void on(ContractEnded event) {
        contracts.ended(event.contractId(), event.endedOn());
    }

    @EventSourcingHandler
    void on(PlanAdopted event) {
        planVersion = event.version();
    }

    @EventSourcingHandler
    void on(EngagementAddedToFile event) {
        engagementIds.add(event.engagementId());
    }
}

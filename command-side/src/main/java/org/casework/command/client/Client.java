package org.casework.command.client;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.casework.command.engagement.Engagement;
import org.casework.command.engagement.OpenEngagement;
import org.casework.command.rules.BusinessDates;
import org.casework.command.rules.InvalidValue;
import org.casework.command.rules.Text;
import org.casework.command.rules.Violations;
import org.casework.domain.client.ClientRegistered;
import org.casework.domain.client.PersonalData;
import org.casework.domain.client.PersonalDataUpdated;
import org.casework.domain.client.ServiceApplicationRecorded;
import org.casework.domain.client.TimeSlot;
import org.casework.domain.client.TimeSlotsRequested;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/** A client file (klientský spis): the person the organisation serves, and the root of their engagements. */
@Aggregate(filterEventsByType = true)
public class Client {

    @AggregateIdentifier
    private UUID clientId;

    protected Client() {
    }

    @CommandHandler
    public Client(RegisterClient command, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Violations violations = new Violations();
        PersonalData personalData = PersonalDataRules.checked(command.personalData(), today, violations);
        BusinessDates.notInFuture(violations, "registeredOn", command.registeredOn(), today);
        violations.throwIfAny();
        apply(new ClientRegistered(command.clientId(), personalData, command.responsibleWorker(),
                command.registeredOn()));
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
    public UUID handle(OpenEngagement command, Clock clock) throws Exception {
        LocalDate today = LocalDate.now(clock);
        createNew(Engagement.class, () -> new Engagement(command, today));
        return command.engagementId();
    }

    @EventSourcingHandler
    void on(ClientRegistered event) {
        clientId = event.clientId();
    }
}

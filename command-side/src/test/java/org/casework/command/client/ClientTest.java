package org.casework.command.client;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casework.command.engagement.OpenEngagement;
import org.casework.domain.client.Address;
import org.casework.domain.client.Addresses;
import org.casework.command.settings.CurrentSettings;
import org.casework.command.settings.SettingsLookup;
import org.casework.domain.client.ClientRegistered;
import org.casework.domain.client.EngagementAddedToFile;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusRecorded;
import org.casework.domain.status.StatusSource;
import org.casework.domain.client.Contacts;
import org.casework.domain.client.PersonalData;
import org.casework.domain.client.PersonalDataUpdated;
import org.casework.domain.client.ServiceApplicationRecorded;
import org.casework.domain.client.TimeSlot;
import org.casework.domain.client.TimeSlotsRequested;
import org.casework.domain.engagement.EngagementOpened;
import org.casework.domain.engagement.ProblemType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.casework.command.rules.ViolationMatchers.violates;

class ClientTest {

    /** 15 June 2025, 23:30 in Prague is already 16 June: the organisation's calendar day decides. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T22:30:00Z"), ZoneId.of("Europe/Prague"));
    static final LocalDate TODAY = LocalDate.of(2025, 6, 16);

    private final UUID clientId = UUID.randomUUID();
    private FixtureConfiguration<Client> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Client.class);
        fixture.registerInjectableResource(new MemoryBirthNumberClaims());
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource((SettingsLookup) () -> CurrentSettings.DEFAULTS);
    }

    private StatusRecorded initialStatus() {
        return new StatusRecorded(clientId,
                new StatusEntry(Status.APPLICANT, TODAY, null, null, null, StatusSource.AUTOMATIC));
    }

    static PersonalData personalData(String birthNumber, LocalDate birthDate) {
        return new PersonalData("Jana", "Dvořáková", "Mgr.", null, birthDate, birthNumber, "Brno",
                new Addresses(new Address("Dlouhá", "12", "Praha", "110 00"), null, null),
                new Contacts(null, "+420 601 234 567", "jana@example.cz"));
    }

    private ClientRegistered registered() {
        return new ClientRegistered(clientId, personalData(null, LocalDate.of(1985, 3, 15)), "alice", TODAY);
    }

    @Test
    void clientIsRegisteredWithCleanedDataAndNormalisedBirthNumber() {
        PersonalData typed = new PersonalData("  Jana ", "Dvořáková", " ", null, LocalDate.of(1985, 1, 1),
                "8551011238", "Brno", new Addresses(new Address(" ", null, "", null), null, null), null);
        PersonalData stored = new PersonalData("Jana", "Dvořáková", null, null, LocalDate.of(1985, 1, 1),
                "855101/1238", "Brno", new Addresses(null, null, null), new Contacts(null, null, null));

        fixture.givenNoPriorActivity()
                .when(new RegisterClient(clientId, typed, "alice", TODAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ClientRegistered(clientId, stored, "alice", TODAY), initialStatus());
    }

    @Test
    void birthNumberIsOptional() {
        fixture.givenNoPriorActivity()
                .when(new RegisterClient(clientId, personalData(null, LocalDate.of(1985, 3, 15)), "alice", TODAY))
                .expectEvents(registered(), initialStatus());
    }

    @Test
    void birthNumberWithWrongCheckDigitIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new RegisterClient(clientId, personalData("850315/1238", LocalDate.of(1985, 3, 15)),
                        "alice", TODAY))
                .expectException(violates("birthNumber", "birth-number-check-digit"))
                .expectNoEvents();
    }

    @Test
    void nineDigitBirthNumberIsOnlyForBirthsBefore1954() {
        fixture.givenNoPriorActivity()
                .when(new RegisterClient(clientId, personalData("540101/123", LocalDate.of(1954, 1, 1)),
                        "alice", TODAY))
                .expectException(violates("birthNumber", "birth-number-nine-digits-before-1954"))
                .expectNoEvents();
    }

    @Test
    void birthNumberMustEncodeTheBirthDate() {
        fixture.givenNoPriorActivity()
                .when(new RegisterClient(clientId, personalData("850315/1239", LocalDate.of(1985, 3, 16)),
                        "alice", TODAY))
                .expectException(violates("birthNumber", "birth-number-matches-birth-date"))
                .expectNoEvents();
    }

    @Test
    void birthNumberCannotEncodeAFutureBirthDate() {
        // 35 with ten digits means 2035
        fixture.givenNoPriorActivity()
                .when(new RegisterClient(clientId, personalData("350101/1239", null), "alice", TODAY))
                .expectException(violates("birthNumber", "birth-number-date"))
                .expectNoEvents();
    }

    @Test
    void birthDateCannotBeInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new RegisterClient(clientId, personalData(null, TODAY.plusDays(1)), "alice", TODAY))
                .expectException(violates("birthDate", "not-in-future"))
                .expectNoEvents();
    }

    @Test
    void registrationCannotBeDatedInTheFutureButMayBeBackdated() {
        fixture.givenNoPriorActivity()
                .when(new RegisterClient(clientId, personalData(null, LocalDate.of(1985, 3, 15)), "alice",
                        TODAY.plusDays(1)))
                .expectException(violates("registeredOn", "not-in-future"));

        fixture.givenNoPriorActivity()
                .when(new RegisterClient(clientId, personalData(null, LocalDate.of(1985, 3, 15)), "alice",
                        TODAY.minusYears(1)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new RegisterClient(clientId, personalData("850315/1238", TODAY.plusDays(3)), "alice",
                        TODAY.plusDays(1)))
                .expectException(violates("birthNumber", "birth-number-check-digit"))
                .expectException(violates("birthDate", "not-in-future"))
                .expectException(violates("registeredOn", "not-in-future"));
    }

    @Test
    void personalDataUpdateFollowsTheSameRules() {
        fixture.given(registered())
                .when(new UpdatePersonalData(clientId, personalData("8503151238", LocalDate.of(1985, 3, 15))))
                .expectException(violates("birthNumber", "birth-number-check-digit"))
                .expectNoEvents();

        fixture.given(registered())
                .when(new UpdatePersonalData(clientId, personalData("8503151239", LocalDate.of(1985, 3, 15))))
                .expectEvents(new PersonalDataUpdated(clientId,
                        personalData("850315/1239", LocalDate.of(1985, 3, 15))));
    }

    @Test
    void personalDataOfAnUnknownClientCannotBeUpdated() {
        fixture.givenNoPriorActivity()
                .when(new UpdatePersonalData(clientId, personalData(null, LocalDate.of(1985, 3, 15))))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void applicationCannotBeAcceptedBeforeItWasReceived() {
        fixture.given(registered())
                .when(new RecordServiceApplication(clientId, LocalDate.of(2025, 5, 10), LocalDate.of(2025, 5, 9)))
                .expectException(violates("acceptedOn", "accepted-not-before-received"))
                .expectNoEvents();
    }

    @Test
    void applicationMayBeAcceptedTheDayItWasReceivedOrLeftPending() {
        fixture.given(registered())
                .when(new RecordServiceApplication(clientId, LocalDate.of(2025, 5, 10), LocalDate.of(2025, 5, 10)))
                .expectEvents(new ServiceApplicationRecorded(clientId, LocalDate.of(2025, 5, 10),
                        LocalDate.of(2025, 5, 10)));
        fixture.given(registered())
                .when(new RecordServiceApplication(clientId, LocalDate.of(2025, 5, 10), null))
                .expectEvents(new ServiceApplicationRecorded(clientId, LocalDate.of(2025, 5, 10), null));
    }

    @Test
    void applicationDatesCannotBeInTheFuture() {
        fixture.given(registered())
                .when(new RecordServiceApplication(clientId, TODAY.plusDays(1), TODAY.plusDays(2)))
                .expectException(violates("receivedOn", "not-in-future"))
                .expectException(violates("acceptedOn", "not-in-future"));
    }

    @Test
    void requestedTimeSlotsAreStoredPerWeekdayInOrder() {
        fixture.given(registered())
                .when(new RequestTimeSlots(clientId,
                        Map.of(DayOfWeek.MONDAY, "14.00-16.00, 8.00-10.30", DayOfWeek.FRIDAY, " "), " evenings "))
                .expectEvents(new TimeSlotsRequested(clientId, Map.of(DayOfWeek.MONDAY, List.of(
                        new TimeSlot(LocalTime.of(8, 0), LocalTime.of(10, 30)),
                        new TimeSlot(LocalTime.of(14, 0), LocalTime.of(16, 0)))), "evenings"));
    }

    @Test
    void requestedTimeSlotsMustBeValidIntervals() {
        fixture.given(registered())
                .when(new RequestTimeSlots(clientId,
                        Map.of(DayOfWeek.MONDAY, "10.00-08.00", DayOfWeek.TUESDAY, "8.00-9.00;10.00-11.00"), null))
                .expectException(violates("slots.MONDAY", "time-slot-start-before-end"))
                .expectException(violates("slots.TUESDAY", "time-slot-format"))
                .expectNoEvents();
    }

    @Test
    void engagementIsOpenedForAnExistingClient() {
        UUID engagementId = UUID.randomUUID();
        fixture.given(registered())
                .when(new OpenEngagement(clientId, engagementId, " Housing ", "Keep the flat", TODAY.minusDays(3),
                        "bob", List.of(ProblemType.FINANCIAL, ProblemType.LIVING_CONDITIONS, ProblemType.FINANCIAL),
                        null, 2, "Rent arrears"))
                .expectResultMessagePayload(engagementId)
                .expectEvents(new EngagementOpened(engagementId, clientId, "Housing", "Keep the flat",
                        TODAY.minusDays(3), "bob", List.of(ProblemType.LIVING_CONDITIONS, ProblemType.FINANCIAL),
                        null, 2, "Rent arrears"),
                        new EngagementAddedToFile(clientId, engagementId, TODAY.minusDays(3)));
    }

    @Test
    void engagementCannotBeOpenedForAClientThatDoesNotExist() {
        fixture.givenNoPriorActivity()
                .when(new OpenEngagement(clientId, UUID.randomUUID(), "Housing", null, TODAY, "bob", List.of(),
                        null, null, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void engagementCannotBeOpenedInTheFuture() {
        fixture.given(registered())
                .when(new OpenEngagement(clientId, UUID.randomUUID(), "Housing", null, TODAY.plusDays(1), "bob",
                        List.of(), null, null, null))
                .expectException(violates("openedOn", "not-in-future"))
                .expectNoEvents();
    }

    @Test
    void problemTypeOtherNeedsADescription() {
        fixture.given(registered())
                .when(new OpenEngagement(clientId, UUID.randomUUID(), "Housing", null, TODAY, "bob",
                        List.of(ProblemType.OTHER), " ", 0, null))
                .expectException(violates("problemTypeNote", "text-required-for-other"))
                .expectException(violates("peopleInvolved", "at-least-one"))
                .expectNoEvents();
    }
}

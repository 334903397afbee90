package org.casework.command.rules;

import org.casework.command.client.MemoryBirthNumberClaims;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casework.command.client.Client;
import org.casework.command.client.RegisterClient;
import org.casework.command.engagement.Engagement;
import org.casework.command.engagement.NewConsultation;
import org.casework.command.engagement.RecordConsultations;
import org.casework.command.plan.AdoptPlan;
import org.casework.command.settings.CurrentSettings;
import org.casework.command.settings.SettingsLookup;
import org.casework.command.status.ManualStatus;
import org.casework.command.status.RecordStatus;
import org.casework.domain.client.Address;
import org.casework.domain.client.Addresses;
import org.casework.domain.client.ClientRegistered;
import org.casework.domain.client.Contacts;
import org.casework.domain.client.PersonalData;
import org.casework.domain.engagement.ConsultationKind;
import org.casework.domain.engagement.ConsultationPlace;
import org.casework.domain.engagement.EngagementOpened;
import org.casework.domain.status.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.casework.command.rules.ViolationMatchers.violates;

/** Every text and every date of every command, checked once for all handlers by {@link CommandInputGuard}. */
class CommandInputGuardTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-16T08:00:00Z"), ZoneId.of("Europe/Prague"));
    static final LocalDate TODAY = LocalDate.of(2025, 6, 16);

    private final UUID clientId = UUID.randomUUID();
    private final UUID engagementId = UUID.randomUUID();
    private FixtureConfiguration<Client> clients;
    private FixtureConfiguration<Engagement> engagements;

    @BeforeEach
    void setUp() {
        clients = new AggregateTestFixture<>(Client.class);
        clients.registerInjectableResource(new MemoryBirthNumberClaims());
        clients.registerInjectableResource(CLOCK);
        clients.registerInjectableResource((SettingsLookup) () -> CurrentSettings.DEFAULTS);
        clients.registerCommandHandlerInterceptor(new CommandInputGuard(CLOCK));
        engagements = new AggregateTestFixture<>(Engagement.class);
        engagements.registerInjectableResource(CLOCK);
        engagements.registerCommandHandlerInterceptor(new CommandInputGuard(CLOCK));
    }

    static PersonalData person(String firstName, LocalDate birthDate, String city) {
        return new PersonalData(firstName, "Dvořáková", null, null, birthDate, null, null,
                new Addresses(new Address("Dlouhá", "12", city, "110 00"), null, null), Contacts.none());
    }

    private ClientRegistered registered() {
        return new ClientRegistered(clientId, person("Jana", LocalDate.of(1985, 1, 1), "Praha"), "alice", TODAY);
    }

    private void refused(RegisterClient command, String field, String rule) {
        clients.givenNoPriorActivity().when(command)
                .expectException(RuleViolationException.class)
                .expectException(violates(field, rule))
                .expectNoEvents();
    }

    @Test
    void aNulInANameIsRefusedUnderTheNameTheApiUses() {
        refused(new RegisterClient(clientId, person("A\u0000B", LocalDate.of(1985, 1, 1), "Praha"), "alice",
                TODAY), "firstName", Text.CONTROL_CHARACTER);
    }

    @Test
    void aControlCharacterDeepInAnAddressIsRefusedWithItsPath() {
        refused(new RegisterClient(clientId, person("Jana", LocalDate.of(1985, 1, 1), "Pra\u001Bha"), "alice",
                TODAY), "addresses.permanent.city", Text.CONTROL_CHARACTER);
    }

    @Test
    void aLoneSurrogateIsRefused() {
        refused(new RegisterClient(clientId, person("Ja\uD800na", LocalDate.of(1985, 1, 1), "Praha"), "alice",
                TODAY), "firstName", Text.LONE_SURROGATE);
    }

    @Test
    void aBirthDateBefore1880IsRefused() {
        refused(new RegisterClient(clientId, person("Jana", LocalDate.of(1879, 12, 31), "Praha"), "alice",
                TODAY), "birthDate", BusinessDates.DATE_RANGE);
    }

    @Test
    void aFieldsStricterRuleStillAnswersWithinTheRange() {
        refused(new RegisterClient(clientId, person("Jana", TODAY.plusDays(1), "Praha"), "alice", TODAY),
                "birthDate", "not-in-future");
    }

    @Test
    void yearOneAndTheSmallestYearAreRefusedAsBusinessDates() {
        refused(new RegisterClient(clientId, person("Jana", LocalDate.of(1985, 1, 1), "Praha"), "alice",
                LocalDate.of(1, 1, 1)), "registeredOn", BusinessDates.DATE_RANGE);
        refused(new RegisterClient(clientId, person("Jana", LocalDate.of(1985, 1, 1), "Praha"), "alice",
                LocalDate.MIN), "registeredOn", BusinessDates.DATE_RANGE);
    }

    @Test
    void aManualStatusIsNamedAsTheApiSendsIt() {
        clients.given(registered())
                .when(new RecordStatus(clientId, new ManualStatus(Status.APPLICANT, LocalDate.of(1989, 12, 31),
                        null, null, "called\u0007")))
                .expectException(violates("effectiveDate", BusinessDates.DATE_RANGE))
                .expectException(violates("note", Text.CONTROL_CHARACTER))
                .expectNoEvents();
    }

    @Test
    void aPlanReviewMayBeTenYearsAheadButNoMore() {
        clients.given(registered())
                .when(new AdoptPlan(clientId, TODAY, TODAY.plusYears(10).plusDays(1), List.of("a flat")))
                .expectException(violates("reviewDue", BusinessDates.DATE_RANGE))
                .expectNoEvents();
        clients.given(registered())
                .when(new AdoptPlan(clientId, TODAY, TODAY.plusYears(10), List.of("a flat\r\nand a job\tsoon")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void eachOffendingConsultationIsNamedByItsPlaceInTheBatch() {
        engagements.given(new EngagementOpened(engagementId, clientId, "Housing", null, LocalDate.of(2025, 3, 1),
                        "bob", List.of(), null, null, null))
                .when(new RecordConsultations(engagementId, List.of(
                        meeting("line one\nline two", List.of("mother")),
                        meeting("bell\u0007", List.of("mother")),
                        meeting("fine", List.of("mo\u0000ther")))))
                .expectException(violates("consultations[1].record", Text.CONTROL_CHARACTER))
                .expectException(violates("consultations[2].participants[0]", Text.CONTROL_CHARACTER))
                .expectNoEvents();
    }

    @Test
    void aConsultationAYearAndADayAheadIsOutOfRange() {
        engagements.given(new EngagementOpened(engagementId, clientId, "Housing", null, LocalDate.of(2025, 3, 1),
                        "bob", List.of(), null, null, null))
                .when(new RecordConsultations(engagementId, List.of(new NewConsultation(UUID.randomUUID(),
                        TODAY.plusYears(1).plusDays(1), ConsultationKind.MEETING, 30, ConsultationPlace.IN_OFFICE,
                        null, "bob", null, List.of(), null))))
                .expectException(violates("consultations[0].date", BusinessDates.DATE_RANGE))
                .expectNoEvents();
    }

    private static NewConsultation meeting(String record, List<String> participants) {
        return new NewConsultation(UUID.randomUUID(), TODAY, ConsultationKind.MEETING, 30,
                ConsultationPlace.IN_OFFICE, null, "bob", record, participants, null);
    }
}

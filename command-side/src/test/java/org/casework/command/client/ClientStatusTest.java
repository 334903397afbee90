package org.casework.command.client;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.casework.command.MutableClock;
import org.casework.command.contract.ContractBook;
import org.casework.command.contract.EndContract;
import org.casework.command.contract.SignContract;
import org.casework.command.engagement.OpenEngagement;
import org.casework.command.plan.AdoptPlan;
import org.casework.command.rules.UnknownRecordException;
import org.casework.command.settings.CurrentSettings;
import org.casework.command.status.ManualStatus;
import org.casework.command.status.NoContactRule;
import org.casework.command.status.RecordStatus;
import org.casework.domain.client.Addresses;
import org.casework.domain.client.ClientRegistered;
import org.casework.domain.client.Contacts;
import org.casework.domain.client.EngagementAddedToFile;
import org.casework.domain.client.PersonalData;
import org.casework.domain.contract.ContractEnded;
import org.casework.domain.contract.ContractSigned;
import org.casework.domain.engagement.EngagementOpened;
import org.casework.domain.plan.PlanAdopted;
import org.casework.domain.settings.OrganisationSettings;
import org.casework.domain.settings.StatusMode;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusRecorded;
import org.casework.domain.status.StatusSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.casework.command.MutableClock.PRAGUE;
import static org.casework.command.rules.ViolationMatchers.violates;

/** R2 on a client: manual entries, the automatic rules and the no-contact deadline. */
class ClientStatusTest {

    static final LocalDate REGISTERED = LocalDate.of(2025, 1, 10);
    static final LocalDate TODAY = LocalDate.of(2025, 6, 16);
    static final int N = 30;

    private final UUID clientId = UUID.randomUUID();
    private final MutableClock clock = new MutableClock(TODAY);
    private final Map<UUID, LocalDate> lastConsultations = new HashMap<>();
    private CurrentSettings settings = automatic(false);
    private FixtureConfiguration<Client> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Client.class);
        fixture.registerInjectableResource(new MemoryBirthNumberClaims());
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource((org.casework.command.settings.SettingsLookup) () -> settings);
        fixture.registerInjectableResource((ContactHistory) ids -> ids.stream().map(lastConsultations::get)
                .filter(java.util.Objects::nonNull).max(LocalDate::compareTo));
    }

    static CurrentSettings automatic(boolean contactedUsed) {
        return new CurrentSettings(new OrganisationSettings(StatusMode.AUTOMATIC, contactedUsed, N, 30, 365, false),
                LocalDate.MIN, "adam", null);
    }

    static CurrentSettings manualMode() {
        return new CurrentSettings(new OrganisationSettings(StatusMode.MANUAL, true, N, 30, 365, false), null,
                "adam", null);
    }

    private ClientRegistered registered() {
        return new ClientRegistered(clientId, new PersonalData("Jan", "Novák", null, null, LocalDate.of(1980, 1, 1),
                null, null, new Addresses(null, null, null), new Contacts(null, null, null)), "alice", REGISTERED);
    }

    private StatusRecorded status(Status status, LocalDate on, StatusReason reason, StatusSource source) {
        return new StatusRecorded(clientId, new StatusEntry(status, on, reason, null, null, source));
    }

    private StatusRecorded automaticStatus(Status status, LocalDate on) {
        return status(status, on, null, StatusSource.AUTOMATIC);
    }

    private RecordStatus manual(Status status, LocalDate on, StatusReason reason, String reasonNote) {
        return new RecordStatus(clientId, new ManualStatus(status, on, reason, reasonNote, null));
    }

    private ContractSigned contract(UUID contractId, LocalDate validFrom, LocalDate validTo) {
        return new ContractSigned(clientId, contractId, "S-" + contractId.toString().substring(0, 4), validFrom,
                validFrom, validTo);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(PRAGUE).toInstant();
    }

    // --- the first entry ---------------------------------------------------------------------------------------

    @Test
    void newClientStartsAsApplicantWhenTheOrganisationDoesNotUseContacted() {
        fixture.givenNoPriorActivity()
                .when(new RegisterClient(clientId, registered().personalData(), "alice", REGISTERED))
                .expectEvents(registered(), automaticStatus(Status.APPLICANT, REGISTERED))
                .expectScheduledDeadlineWithName(startOf(REGISTERED.plusDays(N)), NoContactRule.DEADLINE);
    }

    @Test
    void newClientStartsAsContactedWhenTheOrganisationUsesThatState() {
        settings = automatic(true);
        fixture.givenNoPriorActivity()
                .when(new RegisterClient(clientId, registered().personalData(), "alice", REGISTERED))
                .expectEvents(registered(), automaticStatus(Status.CONTACTED, REGISTERED));
    }

    @Test
    void inManualModeTheRegisteringWorkerMakesTheFirstEntry() {
        settings = manualMode();
        fixture.givenNoPriorActivity()
                .when(new RegisterClient(clientId, registered().personalData(), "alice", REGISTERED))
                .expectEvents(registered(), status(Status.CONTACTED, REGISTERED, null, StatusSource.MANUAL));
    }

    // --- manual entries ----------------------------------------------------------------------------------------

    @Test
    void manualRejectionIsRecordedWithItsReason() {
        fixture.given(registered(), automaticStatus(Status.APPLICANT, REGISTERED))
                .when(new RecordStatus(clientId, new ManualStatus(Status.REJECTED, TODAY, StatusReason.OTHER,
                        " no free place in the district ", " phoned ")))
                .expectEvents(new StatusRecorded(clientId, new StatusEntry(Status.REJECTED, TODAY, StatusReason.OTHER,
                        "no free place in the district", "phoned", StatusSource.MANUAL)));
    }

    @Test
    void rejectionAndTerminationNeedAReason() {
        fixture.given(registered())
                .when(manual(Status.TERMINATED, TODAY, null, null))
                .expectException(violates("reason", "reason-required"))
                .expectNoEvents();
    }

    @Test
    void statusThatTakesNoReasonRefusesOne() {
        fixture.given(registered())
                .when(manual(Status.APPLICANT, TODAY, StatusReason.CAPACITY, "full"))
                .expectException(violates("reason", "reason-not-allowed"))
                .expectException(violates("reasonNote", "reason-not-allowed"))
                .expectNoEvents();
    }

    @Test
    void reasonMustComeFromTheCodeListOfItsStatus() {
        fixture.given(registered())
                .when(manual(Status.TERMINATED, TODAY, StatusReason.CAPACITY, null))
                .expectException(violates("reason", "reason-not-in-code-list"))
                .expectNoEvents();
    }

    @Test
    void otherReasonNeedsAText() {
        fixture.given(registered())
                .when(manual(Status.REJECTED, TODAY, StatusReason.OTHER, "  "))
                .expectException(violates("reasonNote", "text-required-for-other"))
                .expectNoEvents();
    }

    @Test
    void effectiveDateIsNeitherInTheFutureNorBeforeRegistration() {
        fixture.given(registered())
                .when(manual(Status.APPLICANT, TODAY.plusDays(1), null, null))
                .expectException(violates("effectiveDate", "not-in-future"));
        fixture.given(registered())
                .when(manual(Status.APPLICANT, REGISTERED.minusDays(1), null, null))
                .expectException(violates("effectiveDate", "not-before-registered"))
                .expectNoEvents();
    }

    @Test
    void contactedStateIsRefusedWhenTheOrganisationDoesNotUseIt() {
        fixture.given(registered())
                .when(manual(Status.CONTACTED, TODAY, null, null))
                .expectException(violates("status", "state-not-used"))
                .expectNoEvents();
    }

    @Test
    void onlyAServiceUserCanBeSuspended() {
        fixture.given(registered(), automaticStatus(Status.APPLICANT, REGISTERED))
                .when(manual(Status.SUSPENDED, TODAY, null, null))
                .expectException(violates("status", "suspend-only-service-user"))
                .expectNoEvents();
        fixture.given(registered(), automaticStatus(Status.SERVICE_USER, REGISTERED))
                .when(manual(Status.SUSPENDED, TODAY, null, null))
                .expectEvents(status(Status.SUSPENDED, TODAY, null, StatusSource.MANUAL));
    }

    @Test
    void backdatedEntriesAreAllowed() {
        fixture.given(registered(), automaticStatus(Status.APPLICANT, REGISTERED))
                .when(manual(Status.REJECTED, REGISTERED.plusDays(3), StatusReason.OUT_OF_TARGET_GROUP, null))
                .expectEvents(status(Status.REJECTED, REGISTERED.plusDays(3), StatusReason.OUT_OF_TARGET_GROUP,
                        StatusSource.MANUAL));
    }

    // --- automatic mode ------------------------------------------------------------------------------------------

    @Test
    void contactedBecomesApplicantWhenTheFirstEngagementIsOpened() {
        settings = automatic(true);
        UUID engagementId = UUID.randomUUID();
        fixture.given(registered(), automaticStatus(Status.CONTACTED, REGISTERED))
                .when(new OpenEngagement(clientId, engagementId, "Housing", null, TODAY, "alice", List.of(), null,
                        null, null))
                .expectEvents(new EngagementOpened(engagementId, clientId, "Housing", null, TODAY, "alice", List.of(),
                                null, null, null),
                        new EngagementAddedToFile(clientId, engagementId, TODAY),
                        automaticStatus(Status.APPLICANT, TODAY));
    }

    @Test
    void signedContractMakesTheClientAServiceUserFromItsStart() {
        UUID contractId = UUID.randomUUID();
        LocalDate validFrom = TODAY.minusDays(2);
        fixture.given(registered(), automaticStatus(Status.APPLICANT, REGISTERED))
                .when(new SignContract(clientId, contractId, " S-1 ", validFrom.minusDays(1), validFrom, null))
                .expectResultMessagePayload(contractId)
                .expectEvents(new ContractSigned(clientId, contractId, "S-1", validFrom.minusDays(1), validFrom, null),
                        automaticStatus(Status.SERVICE_USER, validFrom));
    }

    @Test
    void contractBackdatedBeforeTheCurrentStatusAdmitsTheClientFromThatStatusDay() {
        UUID contractId = UUID.randomUUID();
        fixture.given(registered(), automaticStatus(Status.APPLICANT, TODAY.minusDays(1)))
                .when(new SignContract(clientId, contractId, "S-1", TODAY.minusDays(5), TODAY.minusDays(5), null))
                .expectEvents(new ContractSigned(clientId, contractId, "S-1", TODAY.minusDays(5), TODAY.minusDays(5),
                        null), automaticStatus(Status.SERVICE_USER, TODAY.minusDays(1)));
    }

    @Test
    void contractSignedAheadMakesTheClientAServiceUserOnItsFirstDay() {
        UUID contractId = UUID.randomUUID();
        LocalDate validFrom = TODAY.plusDays(14);
        fixture.givenCurrentTime(clock.instant())
                .andGiven(registered(), automaticStatus(Status.APPLICANT, REGISTERED))
                .when(new SignContract(clientId, contractId, "S-1", TODAY, validFrom, null))
                .expectEvents(new ContractSigned(clientId, contractId, "S-1", TODAY, validFrom, null))
                .expectScheduledDeadline(startOf(validFrom), new ContractBook.ContractDue(contractId, validFrom));
    }

    @Test
    void contractDeadlineOnItsFirstDayRecordsTheServiceUser() {
        UUID contractId = UUID.randomUUID();
        LocalDate validFrom = TODAY.plusDays(14);
        TestExecutor<Client> given = fixture.givenCurrentTime(clock.instant())
                .andGiven(registered(), automaticStatus(Status.APPLICANT, REGISTERED))
                .andGivenCommands(new SignContract(clientId, contractId, "S-1", TODAY, validFrom, null));
        clock.setDay(validFrom);
        given.whenTimeAdvancesTo(clock.instant())
                .expectTriggeredDeadlinesWithName(ContractBook.STARTS)
                .expectEvents(automaticStatus(Status.SERVICE_USER, validFrom));
    }

    @Test
    void endedContractTerminatesTheServiceUserOnTheDayAfterItsLastValidDay() {
        UUID contractId = UUID.randomUUID();
        LocalDate endedOn = TODAY.minusDays(5);
        fixture.given(registered(), contract(contractId, REGISTERED, null),
                        automaticStatus(Status.SERVICE_USER, REGISTERED))
                .when(new EndContract(clientId, contractId, endedOn, "moved to a care home"))
                .expectEvents(new ContractEnded(clientId, contractId, endedOn, "moved to a care home"),
                        status(Status.TERMINATED, endedOn.plusDays(1), StatusReason.CONTRACT_ENDED,
                                StatusSource.AUTOMATIC));
    }

    @Test
    void endedContractDoesNotTerminateWhileAnotherContractIsValid() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        fixture.given(registered(), contract(first, REGISTERED, null), automaticStatus(Status.SERVICE_USER, REGISTERED),
                        contract(second, TODAY.minusDays(10), null))
                .when(new EndContract(clientId, first, TODAY.minusDays(1), null))
                .expectEvents(new ContractEnded(clientId, first, TODAY.minusDays(1), null));
    }

    @Test
    void contractEndingLaterTerminatesByDeadline() {
        UUID contractId = UUID.randomUUID();
        LocalDate validTo = TODAY.plusDays(20);
        TestExecutor<Client> given = fixture.givenCurrentTime(clock.instant())
                .andGiven(registered(), automaticStatus(Status.SERVICE_USER, REGISTERED))
                .andGivenCommands(new SignContract(clientId, contractId, "S-9", REGISTERED, REGISTERED, validTo));
        clock.setDay(validTo.plusDays(1));
        given.whenTimeAdvancesTo(clock.instant())
                .expectEvents(status(Status.TERMINATED, validTo.plusDays(1), StatusReason.CONTRACT_ENDED,
                        StatusSource.AUTOMATIC));
    }

    @Test
    void automaticTransitionsNeverHappenInManualMode() {
        settings = manualMode();
        UUID contractId = UUID.randomUUID();
        UUID engagementId = UUID.randomUUID();
        fixture.given(registered(), status(Status.CONTACTED, REGISTERED, null, StatusSource.MANUAL))
                .when(new OpenEngagement(clientId, engagementId, "Housing", null, TODAY, "alice", List.of(), null,
                        null, null))
                .expectEvents(new EngagementOpened(engagementId, clientId, "Housing", null, TODAY, "alice", List.of(),
                        null, null, null), new EngagementAddedToFile(clientId, engagementId, TODAY));
        fixture.given(registered(), status(Status.APPLICANT, REGISTERED, null, StatusSource.MANUAL))
                .when(new SignContract(clientId, contractId, "S-1", REGISTERED, REGISTERED, TODAY.minusDays(1)))
                .expectEvents(new ContractSigned(clientId, contractId, "S-1", REGISTERED, REGISTERED,
                        TODAY.minusDays(1)));
        TestExecutor<Client> given = fixture.givenCurrentTime(clock.instant())
                .andGiven(registered(), status(Status.APPLICANT, REGISTERED, null, StatusSource.MANUAL))
                .andGivenCommands(new SignContract(clientId, contractId, "S-1", TODAY, TODAY.plusDays(3),
                        TODAY.plusDays(10)));
        clock.setDay(TODAY.plusDays(11));
        given.whenTimeAdvancesTo(clock.instant())
                .expectTriggeredDeadlinesWithName(ContractBook.STARTS, ContractBook.EXPIRES)
                .expectNoEvents();
    }

    // --- contracts -----------------------------------------------------------------------------------------------

    @Test
    void contractCannotEndBeforeItStarts() {
        UUID contractId = UUID.randomUUID();
        fixture.given(registered(), contract(contractId, TODAY.minusDays(10), null))
                .when(new EndContract(clientId, contractId, TODAY.minusDays(11), null))
                .expectException(violates("endedOn", "not-before-start"))
                .expectNoEvents();
        fixture.given(registered())
                .when(new SignContract(clientId, contractId, "S-1", TODAY, TODAY, TODAY.minusDays(1)))
                .expectException(violates("validTo", "not-before-valid-from"))
                .expectNoEvents();
    }

    @Test
    void contractIsNotSignedInTheFutureNorTwiceUnderOneNumber() {
        UUID existing = UUID.randomUUID();
        ContractSigned signed = contract(existing, REGISTERED, null);
        fixture.given(registered(), signed)
                .when(new SignContract(clientId, UUID.randomUUID(), signed.number(), TODAY.plusDays(1), TODAY, null))
                .expectException(violates("signedOn", "not-in-future"))
                .expectException(violates("number", "number-unique"))
                .expectNoEvents();
    }

    @Test
    void contractIsEndedOnlyOnceAndNotAfterItRunsOut() {
        UUID contractId = UUID.randomUUID();
        fixture.given(registered(), contract(contractId, REGISTERED, TODAY),
                        new ContractEnded(clientId, contractId, TODAY.minusDays(1), null))
                .when(new EndContract(clientId, contractId, TODAY, null))
                .expectException(violates("contractId", "contract-already-ended"));
        fixture.given(registered(), contract(contractId, REGISTERED, TODAY.minusDays(3)))
                .when(new EndContract(clientId, contractId, TODAY, null))
                .expectException(violates("endedOn", "not-after-valid-to"));
    }

    @Test
    void unknownContractCannotBeEnded() {
        fixture.given(registered())
                .when(new EndContract(clientId, UUID.randomUUID(), TODAY, null))
                .expectException(UnknownRecordException.class)
                .expectNoEvents();
    }

    // --- the individual plan ------------------------------------------------------------------------------------

    @Test
    void newPlanVersionReplacesTheCurrentOne() {
        fixture.given(registered(), new PlanAdopted(clientId, 1, REGISTERED, REGISTERED.plusMonths(3), List.of("Rent")))
                .when(new AdoptPlan(clientId, TODAY, TODAY.plusMonths(6), List.of(" Keep the flat ", " ", "Find work")))
                .expectResultMessagePayload(2)
                .expectEvents(new PlanAdopted(clientId, 2, TODAY, TODAY.plusMonths(6), List.of("Keep the flat",
                        "Find work")));
    }

    @Test
    void planNeedsAGoalAndAReviewDateNotBeforeItsStart() {
        fixture.given(registered())
                .when(new AdoptPlan(clientId, TODAY, TODAY.minusDays(1), List.of(" ")))
                .expectException(violates("goals", "not-empty"))
                .expectException(violates("reviewDue", "not-before-valid-from"))
                .expectNoEvents();
        fixture.given(registered())
                .when(new AdoptPlan(clientId, TODAY.plusDays(1), TODAY.plusDays(30), List.of("Rent")))
                .expectException(violates("validFrom", "not-in-future"));
    }

    // --- the no-contact rule -------------------------------------------------------------------------------------

    /** Registration schedules the first check; the clock stands on {@code TODAY}, long after it fell due. */
    private TestExecutor<Client> givenRegisteredClient() {
        return fixture.givenCurrentTime(clock.instant())
                .andGivenCommands(new RegisterClient(clientId, registered().personalData(), "alice", REGISTERED));
    }

    private TestExecutor<Client> givenClientWithEngagement(UUID engagementId, StatusRecorded status) {
        return givenRegisteredClient()
                .andGiven(status, new EngagementAddedToFile(clientId, engagementId, REGISTERED));
    }

    @Test
    void applicantWithoutAConsultationForNDaysIsRejectedOnTheDayThePeriodRanOut() {
        UUID engagementId = UUID.randomUUID();
        LocalDate lastContact = TODAY.minusDays(N + 3);
        lastConsultations.put(engagementId, lastContact);
        givenClientWithEngagement(engagementId, automaticStatus(Status.APPLICANT, REGISTERED))
                .whenTimeAdvancesTo(clock.instant())
                .expectEvents(status(Status.REJECTED, lastContact.plusDays(N), StatusReason.DID_NOT_COME,
                        StatusSource.AUTOMATIC))
                .expectScheduledDeadline(startOf(TODAY.plusDays(N)), new NoContactRule.Check(TODAY.plusDays(N)));
    }

    @Test
    void serviceUserWithoutAConsultationForNDaysIsTerminated() {
        UUID engagementId = UUID.randomUUID();
        lastConsultations.put(engagementId, TODAY.minusDays(N));
        givenClientWithEngagement(engagementId, automaticStatus(Status.SERVICE_USER, REGISTERED))
                .whenTimeAdvancesTo(clock.instant())
                .expectEvents(status(Status.TERMINATED, TODAY, StatusReason.DID_NOT_COME, StatusSource.AUTOMATIC));
    }

    @Test
    void consultationTheDayBeforeTheDeadlineKeepsTheClient() {
        UUID engagementId = UUID.randomUUID();
        lastConsultations.put(engagementId, TODAY.minusDays(N - 1));
        givenClientWithEngagement(engagementId, automaticStatus(Status.APPLICANT, REGISTERED))
                .whenTimeAdvancesTo(clock.instant())
                .expectNoEvents()
                .expectScheduledDeadline(startOf(TODAY.plusDays(1)), new NoContactRule.Check(TODAY.plusDays(1)));
    }

    @Test
    void noContactRuleDoesNothingInManualMode() {
        settings = manualMode();
        UUID engagementId = UUID.randomUUID();
        lastConsultations.put(engagementId, TODAY.minusDays(3 * N));
        givenClientWithEngagement(engagementId, status(Status.APPLICANT, REGISTERED, null, StatusSource.MANUAL))
                .whenTimeAdvancesTo(clock.instant())
                .expectNoEvents()
                .expectScheduledDeadline(startOf(TODAY.plusDays(N)), new NoContactRule.Check(TODAY.plusDays(N)));
    }

    @Test
    void afterSwitchingToAutomaticOnlyTheDaysSinceTheSwitchCount() {
        LocalDate switchedOn = TODAY.minusDays(10);
        settings = new CurrentSettings(automatic(false).settings(), switchedOn, "adam", null);
        UUID engagementId = UUID.randomUUID();
        lastConsultations.put(engagementId, TODAY.minusDays(3 * N));
        givenClientWithEngagement(engagementId, automaticStatus(Status.APPLICANT, REGISTERED))
                .whenTimeAdvancesTo(clock.instant())
                .expectNoEvents()
                .expectScheduledDeadline(startOf(switchedOn.plusDays(N)),
                        new NoContactRule.Check(switchedOn.plusDays(N)));
    }

    @Test
    void noContactRuleLeavesRejectedAndSuspendedClientsAlone() {
        UUID engagementId = UUID.randomUUID();
        lastConsultations.put(engagementId, TODAY.minusDays(3 * N));
        givenClientWithEngagement(engagementId, status(Status.SUSPENDED, REGISTERED, null, StatusSource.MANUAL))
                .whenTimeAdvancesTo(clock.instant())
                .expectNoEvents();
    }

    @Test
    void registrationWithoutAnyConsultationCountsAsTheLastContact() {
        givenRegisteredClient()
                .whenTimeAdvancesTo(clock.instant())
                .expectEvents(status(Status.REJECTED, REGISTERED.plusDays(N), StatusReason.DID_NOT_COME,
                        StatusSource.AUTOMATIC));
    }
}

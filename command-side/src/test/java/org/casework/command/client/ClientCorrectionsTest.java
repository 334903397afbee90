package org.casework.command.client;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.casework.command.MutableClock;
import org.casework.command.contract.ContractBook;
import org.casework.command.contract.EndContract;
import org.casework.command.contract.SignContract;
import org.casework.command.family.WithdrawFamilyStatus;
import org.casework.command.rules.UnknownRecordException;
import org.casework.command.settings.CurrentSettings;
import org.casework.command.settings.SettingsLookup;
import org.casework.command.status.ManualStatus;
import org.casework.command.status.NoContactRule;
import org.casework.command.status.RecordStatus;
import org.casework.domain.client.Addresses;
import org.casework.domain.client.ClientRegistered;
import org.casework.domain.client.Contacts;
import org.casework.domain.client.EngagementAddedToFile;
import org.casework.domain.client.PersonalData;
import org.casework.domain.contract.ContractCorrected;
import org.casework.domain.contract.ContractEnded;
import org.casework.domain.contract.ContractSigned;
import org.casework.domain.contract.ContractVoided;
import org.casework.domain.family.ClientJoinedFamily;
import org.casework.domain.family.Relation;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEnteredInError;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusRecorded;
import org.casework.domain.status.StatusSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.casework.command.MutableClock.PRAGUE;
import static org.casework.command.rules.ViolationMatchers.violates;

/** Corrections on a client's file: status entries in error, contracts corrected and voided, and what follows. */
class ClientCorrectionsTest {

    static final LocalDate REGISTERED = LocalDate.of(2025, 1, 10);
    static final LocalDate TODAY = LocalDate.of(2025, 6, 16);
    static final int N = 30;

    private final UUID clientId = UUID.randomUUID();
    private final UUID contractId = UUID.randomUUID();
    private final MutableClock clock = new MutableClock(TODAY);
    private final Map<UUID, LocalDate> lastConsultations = new HashMap<>();
    private CurrentSettings settings = ClientStatusTest.automatic(false);
    private FixtureConfiguration<Client> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Client.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource((SettingsLookup) () -> settings);
        fixture.registerInjectableResource((ContactHistory) ids -> ids.stream().map(lastConsultations::get)
                .filter(Objects::nonNull).max(LocalDate::compareTo));
    }

    private ClientRegistered registered() {
        return new ClientRegistered(clientId, new PersonalData("Jan", "Novák", null, null, LocalDate.of(1980, 1, 1),
                null, null, new Addresses(null, null, null), new Contacts(null, null, null)), "alice", REGISTERED);
    }

    private StatusRecorded status(Status status, LocalDate on, StatusReason reason, StatusSource source) {
        return new StatusRecorded(clientId, new StatusEntry(status, on, reason, null, null, source));
    }

    private StatusRecorded automatic(Status status, LocalDate on) {
        return status(status, on, null, StatusSource.AUTOMATIC);
    }

    private StatusRecorded terminated(LocalDate on) {
        return status(Status.TERMINATED, on, StatusReason.CONTRACT_ENDED, StatusSource.AUTOMATIC);
    }

    private ContractSigned contract(UUID id, String number, LocalDate validFrom, LocalDate validTo) {
        return new ContractSigned(clientId, id, number, validFrom, validFrom, validTo);
    }

    private StatusEnteredInError bySystem(int entry, String reason) {
        return new StatusEnteredInError(clientId, entry, reason, true);
    }

    private CorrectContract correction(LocalDate validFrom, LocalDate validTo) {
        return new CorrectContract(clientId, contractId, "S-1", validFrom, validFrom, validTo, "typo in the dates");
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(PRAGUE).toInstant();
    }

    // --- defect: a contract signed after a later manual entry ----------------------------------------------------

    @Test
    void contractValidBeforeALaterManualEntryAdmitsFromItsFirstValidDayAndTheManualEntryStaysCurrent() {
        LocalDate validFrom = TODAY.minusDays(20);
        fixture.given(registered(), automatic(Status.APPLICANT, REGISTERED),
                        status(Status.REJECTED, TODAY.minusDays(10), StatusReason.CLIENT_DECISION,
                                StatusSource.MANUAL))
                .when(new SignContract(clientId, contractId, "S-1", validFrom, validFrom, null))
                .expectEvents(contract(contractId, "S-1", validFrom, null),
                        automatic(Status.SERVICE_USER, validFrom));
    }

    // --- status entries in error ---------------------------------------------------------------------------------

    @Test
    void workerMarksAnEntryAsEnteredInErrorWithAReason() {
        fixture.given(registered(), automatic(Status.APPLICANT, REGISTERED),
                        status(Status.REJECTED, TODAY, StatusReason.CLIENT_DECISION, StatusSource.MANUAL))
                .when(new MarkStatusInError(clientId, 1, "  wrong client  "))
                .expectEvents(new StatusEnteredInError(clientId, 1, "wrong client", false));
    }

    @Test
    void anEntryInErrorNoLongerCountsForTheRules() {
        fixture.given(registered(), automatic(Status.APPLICANT, REGISTERED),
                        status(Status.SERVICE_USER, REGISTERED.plusDays(1), null, StatusSource.MANUAL),
                        new StatusEnteredInError(clientId, 1, "wrong client", false))
                .when(new SignContract(clientId, contractId, "S-1", TODAY, TODAY, null))
                .expectEvents(contract(contractId, "S-1", TODAY, null), automatic(Status.SERVICE_USER, TODAY));
    }

    @Test
    void unknownEntryIsNotFound() {
        fixture.given(registered(), automatic(Status.APPLICANT, REGISTERED))
                .when(new MarkStatusInError(clientId, 1, "wrong"))
                .expectException(UnknownRecordException.class)
                .expectNoEvents();
    }

    @Test
    void anEntryInErrorCannotBeMarkedAgainAndAReasonIsRequired() {
        fixture.given(registered(), automatic(Status.APPLICANT, REGISTERED),
                        status(Status.REJECTED, TODAY, StatusReason.CLIENT_DECISION, StatusSource.MANUAL),
                        new StatusEnteredInError(clientId, 1, "wrong client", false))
                .when(new MarkStatusInError(clientId, 1, " "))
                .expectException(violates("entry", "already-in-error"))
                .expectException(violates("reason", "required"))
                .expectNoEvents();
    }

    @Test
    void theOnlyEntryThatCountsCannotBeMarkedInError() {
        fixture.given(registered(), automatic(Status.APPLICANT, REGISTERED))
                .when(new MarkStatusInError(clientId, 0, "wrong"))
                .expectException(violates("entry", "last-counting-entry"))
                .expectNoEvents();
    }

    // --- voiding a contract --------------------------------------------------------------------------------------

    @Test
    void voidedContractWithdrawsTheAdmissionAndTheTerminationItMade() {
        LocalDate validFrom = REGISTERED.plusDays(5);
        LocalDate validTo = TODAY.minusDays(10);
        fixture.given(registered(), automatic(Status.APPLICANT, REGISTERED),
                        contract(contractId, "S-1", validFrom, validTo), automatic(Status.SERVICE_USER, validFrom),
                        terminated(validTo.plusDays(1)))
                .when(new VoidContract(clientId, contractId, " wrong client's contract "))
                .expectEvents(new ContractVoided(clientId, contractId, "wrong client's contract"),
                        bySystem(1, "contract voided"), bySystem(2, "contract voided"));
    }

    @Test
    void voidedContractLeavesTheAdmissionWhileAnotherContractIsValidThatDay() {
        UUID other = UUID.randomUUID();
        LocalDate validFrom = REGISTERED.plusDays(5);
        fixture.given(registered(), automatic(Status.APPLICANT, REGISTERED),
                        contract(other, "S-0", REGISTERED, null), contract(contractId, "S-1", validFrom, null),
                        automatic(Status.SERVICE_USER, validFrom))
                .when(new VoidContract(clientId, contractId, "twice"))
                .expectEvents(new ContractVoided(clientId, contractId, "twice"));
    }

    @Test
    void inManualModeVoidingTouchesNoStatus() {
        settings = ClientStatusTest.manualMode();
        fixture.given(registered(), status(Status.APPLICANT, REGISTERED, null, StatusSource.MANUAL),
                        contract(contractId, "S-1", REGISTERED, null),
                        status(Status.SERVICE_USER, REGISTERED, null, StatusSource.MANUAL))
                .when(new VoidContract(clientId, contractId, "wrong"))
                .expectEvents(new ContractVoided(clientId, contractId, "wrong"));
    }

    @Test
    void aVoidedContractCannotBeEndedOrVoidedAgainAndItsNumberIsFree() {
        fixture.given(registered(), contract(contractId, "S-1", REGISTERED, null),
                        new ContractVoided(clientId, contractId, "wrong"))
                .when(new EndContract(clientId, contractId, TODAY, null))
                .expectException(violates("contractId", "contract-voided"));
        fixture.given(registered(), contract(contractId, "S-1", REGISTERED, null),
                        new ContractVoided(clientId, contractId, "wrong"))
                .when(new VoidContract(clientId, contractId, "again"))
                .expectException(violates("contractId", "contract-voided"));
        UUID next = UUID.randomUUID();
        fixture.given(registered(), automatic(Status.SERVICE_USER, REGISTERED),
                        contract(contractId, "S-1", REGISTERED, null), new ContractVoided(clientId, contractId, "x"))
                .when(new SignContract(clientId, next, "S-1", TODAY, TODAY, null))
                .expectEvents(contract(next, "S-1", TODAY, null));
    }

    @Test
    void voidingNeedsAReasonAndAKnownContract() {
        fixture.given(registered(), contract(contractId, "S-1", REGISTERED, null))
                .when(new VoidContract(clientId, contractId, ""))
                .expectException(violates("reason", "required"))
                .expectNoEvents();
        fixture.given(registered())
                .when(new VoidContract(clientId, contractId, "wrong"))
                .expectException(UnknownRecordException.class);
    }

    // --- correcting a contract -----------------------------------------------------------------------------------

    @Test
    void correctedStartMovesTheAdmissionToTheCorrectedFirstValidDay() {
        LocalDate wrongStart = REGISTERED.plusDays(5);
        LocalDate rightStart = REGISTERED.plusDays(12);
        fixture.given(registered(), automatic(Status.APPLICANT, REGISTERED),
                        contract(contractId, "S-1", wrongStart, null), automatic(Status.SERVICE_USER, wrongStart))
                .when(correction(rightStart, null))
                .expectEvents(new ContractCorrected(clientId, contractId, "S-1", rightStart, rightStart, null,
                                "typo in the dates"),
                        bySystem(1, "contract corrected"), automatic(Status.SERVICE_USER, rightStart));
    }

    @Test
    void correctedStartAdmitsFromItsDayThoughAnotherContractAdmittedLater() {
        UUID other = UUID.randomUUID();
        LocalDate wrongStart = REGISTERED.plusDays(5);
        LocalDate rightStart = REGISTERED.plusDays(12);
        LocalDate otherStart = TODAY.minusDays(10);
        fixture.given(registered(), automatic(Status.APPLICANT, REGISTERED),
                        contract(contractId, "S-1", wrongStart, null), automatic(Status.SERVICE_USER, wrongStart),
                        contract(other, "S-2", otherStart, null), automatic(Status.SERVICE_USER, otherStart))
                .when(correction(rightStart, null))
                .expectEvents(new ContractCorrected(clientId, contractId, "S-1", rightStart, rightStart, null,
                                "typo in the dates"),
                        bySystem(1, "contract corrected"), automatic(Status.SERVICE_USER, rightStart));
    }

    @Test
    void correctedStartInTheFutureWaitsForItsDayAndTheOldDeadlineDoesNothing() {
        LocalDate signedAhead = TODAY.plusDays(14);
        LocalDate corrected = TODAY.plusDays(20);
        TestExecutor<Client> given = fixture.givenCurrentTime(clock.instant())
                .andGiven(registered(), automatic(Status.APPLICANT, REGISTERED))
                .andGivenCommands(new SignContract(clientId, contractId, "S-1", TODAY, signedAhead, null),
                        new CorrectContract(clientId, contractId, "S-1", TODAY, corrected, null, "typo"));
        clock.setDay(signedAhead);
        given.whenTimeAdvancesTo(clock.instant())
                .expectTriggeredDeadlinesWithName(ContractBook.STARTS)
                .expectNoEvents()
                .expectScheduledDeadline(startOf(corrected), new ContractBook.ContractDue(contractId, corrected));
    }

    @Test
    void correctedEndMovesTheTermination() {
        LocalDate validFrom = REGISTERED.plusDays(5);
        LocalDate wrongEnd = TODAY.minusDays(20);
        LocalDate rightEnd = TODAY.minusDays(10);
        fixture.given(registered(), automatic(Status.APPLICANT, REGISTERED),
                        contract(contractId, "S-1", validFrom, wrongEnd), automatic(Status.SERVICE_USER, validFrom),
                        terminated(wrongEnd.plusDays(1)))
                .when(correction(validFrom, rightEnd))
                .expectEvents(new ContractCorrected(clientId, contractId, "S-1", validFrom, validFrom, rightEnd,
                                "typo in the dates"),
                        bySystem(2, "contract corrected"), terminated(rightEnd.plusDays(1)));
    }

    @Test
    void contractCorrectedToRunWithoutEndWithdrawsItsTerminationAndSchedulesNothing() {
        LocalDate validFrom = REGISTERED.plusDays(5);
        LocalDate wrongEnd = TODAY.minusDays(20);
        fixture.givenCurrentTime(clock.instant())
                .andGiven(registered(), automatic(Status.APPLICANT, REGISTERED),
                        contract(contractId, "S-1", validFrom, wrongEnd), automatic(Status.SERVICE_USER, validFrom),
                        terminated(wrongEnd.plusDays(1)))
                .when(correction(validFrom, null))
                .expectEvents(new ContractCorrected(clientId, contractId, "S-1", validFrom, validFrom, null,
                                "typo in the dates"),
                        bySystem(2, "contract corrected"))
                .expectNoScheduledDeadlines();
    }

    @Test
    void correctedEndInTheFutureIsWaitedForAndTheOldExpiryDoesNothing() {
        LocalDate wrongEnd = TODAY.plusDays(5);
        LocalDate rightEnd = TODAY.plusDays(9);
        TestExecutor<Client> given = fixture.givenCurrentTime(clock.instant())
                .andGiven(registered(), automatic(Status.SERVICE_USER, REGISTERED))
                .andGivenCommands(new SignContract(clientId, contractId, "S-1", REGISTERED, REGISTERED, wrongEnd),
                        new CorrectContract(clientId, contractId, "S-1", REGISTERED, REGISTERED, rightEnd, "typo"));
        clock.setDay(wrongEnd.plusDays(1));
        given.whenTimeAdvancesTo(clock.instant())
                .expectTriggeredDeadlinesWithName(ContractBook.EXPIRES)
                .expectNoEvents();
    }

    @Test
    void aCorrectionFollowsTheRulesOfSigning() {
        UUID other = UUID.randomUUID();
        fixture.given(registered(), contract(contractId, "S-1", REGISTERED, null),
                        contract(other, "S-2", REGISTERED, null))
                .when(new CorrectContract(clientId, contractId, "S-2", TODAY.plusDays(1), TODAY, TODAY.minusDays(1),
                        " "))
                .expectException(violates("number", "number-unique"))
                .expectException(violates("signedOn", "not-in-future"))
                .expectException(violates("validTo", "not-before-valid-from"))
                .expectException(violates("reason", "required"))
                .expectNoEvents();
    }

    @Test
    void aCorrectionMustChangeSomethingAndKeepAnEarlyEndWithinTheTerms() {
        fixture.given(registered(), contract(contractId, "S-1", REGISTERED, null))
                .when(new CorrectContract(clientId, contractId, " S-1 ", REGISTERED, REGISTERED, null, "nothing"))
                .expectException(violates("contractId", "nothing-to-correct"));
        fixture.given(registered(), contract(contractId, "S-1", REGISTERED, null),
                        new ContractEnded(clientId, contractId, REGISTERED.plusDays(10), null))
                .when(correction(REGISTERED.plusDays(11), REGISTERED.plusDays(5)))
                .expectException(violates("validFrom", "not-after-ended"))
                .expectException(violates("validTo", "not-before-ended"));
    }

    // --- defect: backdated history and the no-contact rule -------------------------------------------------------

    @Test
    void aConsultationRecordedLaterWithinThePeriodWithdrawsTheNoContactEntryAndTheRuleDecidesAgain() {
        UUID engagementId = UUID.randomUUID();
        LocalDate consulted = REGISTERED.plusDays(5);
        lastConsultations.put(engagementId, consulted);
        fixture.givenCurrentTime(clock.instant())
                .andGiven(registered(), automatic(Status.APPLICANT, REGISTERED),
                        status(Status.REJECTED, REGISTERED.plusDays(N), StatusReason.DID_NOT_COME,
                                StatusSource.AUTOMATIC),
                        new EngagementAddedToFile(clientId, engagementId, REGISTERED))
                .when(new NoteConsultation(clientId, consulted))
                .expectEvents(bySystem(1, NoContactRule.RULE),
                        status(Status.REJECTED, consulted.plusDays(N), StatusReason.DID_NOT_COME,
                                StatusSource.AUTOMATIC))
                .expectScheduledDeadline(startOf(TODAY.plusDays(N)), new NoContactRule.Check(TODAY.plusDays(N)));
    }

    @Test
    void aRecentConsultationWithdrawsTheNoContactEntryAndTheClientStaysAnApplicant() {
        UUID engagementId = UUID.randomUUID();
        LocalDate consulted = TODAY.minusDays(2);
        lastConsultations.put(engagementId, consulted);
        fixture.givenCurrentTime(clock.instant())
                .andGiven(registered(), automatic(Status.APPLICANT, REGISTERED),
                        new EngagementAddedToFile(clientId, engagementId, REGISTERED),
                        status(Status.REJECTED, TODAY.minusDays(1), StatusReason.DID_NOT_COME,
                                StatusSource.AUTOMATIC))
                .when(new NoteConsultation(clientId, consulted))
                .expectEvents(bySystem(1, NoContactRule.RULE))
                .expectScheduledDeadline(startOf(consulted.plusDays(N)),
                        new NoContactRule.Check(consulted.plusDays(N)));
    }

    @Test
    void consultationsOutsideThePeriodOrByAWorkersEntryChangeNothing() {
        StatusRecorded rejected = status(Status.REJECTED, REGISTERED.plusDays(N), StatusReason.DID_NOT_COME,
                StatusSource.AUTOMATIC);
        fixture.given(registered(), automatic(Status.APPLICANT, REGISTERED), rejected)
                .when(new NoteConsultation(clientId, REGISTERED))
                .expectNoEvents();
        fixture.given(registered(), automatic(Status.APPLICANT, REGISTERED), rejected)
                .when(new NoteConsultation(clientId, REGISTERED.plusDays(N + 1)))
                .expectNoEvents();
        fixture.given(registered(), automatic(Status.APPLICANT, REGISTERED),
                        status(Status.REJECTED, REGISTERED.plusDays(N), StatusReason.DID_NOT_COME,
                                StatusSource.MANUAL))
                .when(new NoteConsultation(clientId, REGISTERED.plusDays(5)))
                .expectNoEvents();
    }

    @Test
    void aConsultationThatDisprovesNothingDoesNotLoadTheFilesEngagements() {
        UUID engagementId = UUID.randomUUID();
        fixture.registerInjectableResource((ContactHistory) ids -> {
            throw new AssertionError("the engagements of the file were loaded for " + ids);
        });
        fixture.given(registered(), automatic(Status.APPLICANT, REGISTERED),
                        new EngagementAddedToFile(clientId, engagementId, REGISTERED))
                .when(new NoteConsultation(clientId, REGISTERED.plusDays(5)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aConsultationOnTheDayTheEntryTookEffectDisprovesItToo() {
        UUID engagementId = UUID.randomUUID();
        lastConsultations.put(engagementId, REGISTERED.plusDays(N));
        fixture.given(registered(), automatic(Status.APPLICANT, REGISTERED),
                        new EngagementAddedToFile(clientId, engagementId, REGISTERED),
                        status(Status.REJECTED, REGISTERED.plusDays(N), StatusReason.DID_NOT_COME,
                                StatusSource.AUTOMATIC))
                .when(new NoteConsultation(clientId, REGISTERED.plusDays(N)))
                .expectEvents(bySystem(1, NoContactRule.RULE),
                        status(Status.REJECTED, REGISTERED.plusDays(2 * N), StatusReason.DID_NOT_COME,
                                StatusSource.AUTOMATIC));
    }

    @Test
    void inManualModeTheSystemWithdrawsNothing() {
        settings = ClientStatusTest.manualMode();
        fixture.given(registered(), automatic(Status.APPLICANT, REGISTERED),
                        status(Status.REJECTED, REGISTERED.plusDays(N), StatusReason.DID_NOT_COME,
                                StatusSource.AUTOMATIC))
                .when(new NoteConsultation(clientId, REGISTERED.plusDays(5)))
                .expectNoEvents();
    }

    // --- a family's entry in error -------------------------------------------------------------------------------

    @Test
    void theCopyOfAFamilyEntryInErrorIsMarkedToo() {
        UUID familyId = UUID.randomUUID();
        StatusEntry shared = new StatusEntry(Status.REJECTED, TODAY, StatusReason.CLIENT_DECISION, null, null,
                StatusSource.MANUAL);
        fixture.given(registered(), automatic(Status.APPLICANT, REGISTERED),
                        new ClientJoinedFamily(clientId, familyId, Relation.CHILD, REGISTERED),
                        new StatusRecorded(clientId, shared.sharedByFamily()))
                .when(new WithdrawFamilyStatus(clientId, familyId, shared, "wrong family"))
                .expectEvents(bySystem(1, "wrong family"));
        fixture.given(registered(), automatic(Status.APPLICANT, REGISTERED),
                        new ClientJoinedFamily(clientId, familyId, Relation.CHILD, REGISTERED))
                .when(new WithdrawFamilyStatus(clientId, familyId, shared, "wrong family"))
                .expectNoEvents();
    }

    @Test
    void aWorkersLaterEntryIsNeverWithdrawnByAContractChange() {
        LocalDate validFrom = REGISTERED.plusDays(5);
        fixture.given(registered(), automatic(Status.APPLICANT, REGISTERED),
                        contract(contractId, "S-1", validFrom, null),
                        status(Status.SERVICE_USER, validFrom, null, StatusSource.MANUAL))
                .when(new VoidContract(clientId, contractId, "wrong"))
                .expectEvents(new ContractVoided(clientId, contractId, "wrong"));
    }

    @Test
    void recordingAStatusStillWorksAfterAnEntryWasMarkedInError() {
        fixture.given(registered(), automatic(Status.APPLICANT, REGISTERED),
                        status(Status.REJECTED, TODAY, StatusReason.CLIENT_DECISION, StatusSource.MANUAL),
                        new StatusEnteredInError(clientId, 1, "wrong", false))
                .when(new RecordStatus(clientId, new ManualStatus(Status.SERVICE_USER, TODAY, null, null, null)))
                .expectEvents(status(Status.SERVICE_USER, TODAY, null, StatusSource.MANUAL));
    }
}

package org.casework.command.family;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.casework.command.MutableClock;
import org.casework.command.contract.ContractBook;
import org.casework.command.rules.UnknownRecordException;
import org.casework.command.settings.CurrentSettings;
import org.casework.command.settings.SettingsLookup;
import org.casework.command.sharing.ChangeFamilyResponsibleWorker;
import org.casework.command.status.ManualStatus;
import org.casework.command.status.NoContactRule;
import org.casework.domain.client.Address;
import org.casework.domain.family.FamilyContractEnded;
import org.casework.domain.family.FamilyContractSigned;
import org.casework.domain.family.FamilyCreated;
import org.casework.domain.family.FamilyPlanAdopted;
import org.casework.domain.family.FamilyStatusRecorded;
import org.casework.domain.family.MemberAdded;
import org.casework.domain.family.MemberRemoved;
import org.casework.domain.family.Relation;
import org.casework.domain.settings.OrganisationSettings;
import org.casework.domain.settings.StatusMode;
import org.casework.domain.sharing.FamilyResponsibleWorkerChanged;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.command.MutableClock.PRAGUE;
import static org.casework.command.rules.ViolationMatchers.violates;

/** A family: its membership, its own status, contracts and plan under the client's rules, and sharing. */
class FamilyTest {

    static final LocalDate CREATED = LocalDate.of(2025, 1, 10);
    static final LocalDate TODAY = LocalDate.of(2025, 6, 16);
    static final int N = 30;
    static final Address ADDRESS = new Address("Dlouhá", "12", "Praha", "110 00");

    private final UUID familyId = UUID.randomUUID();
    private final UUID mother = UUID.randomUUID();
    private final UUID son = UUID.randomUUID();
    private final MutableClock clock = new MutableClock(TODAY);
    private final RecordingMemberFiles memberFiles = new RecordingMemberFiles();
    private CurrentSettings settings = settings(StatusMode.AUTOMATIC, false);
    private FixtureConfiguration<Family> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Family.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource((SettingsLookup) () -> settings);
        fixture.registerInjectableResource(memberFiles);
    }

    static CurrentSettings settings(StatusMode mode, boolean shared) {
        return new CurrentSettings(new OrganisationSettings(mode, false, N, 30, 365, shared),
                mode == StatusMode.AUTOMATIC ? LocalDate.MIN : null, "adam", null);
    }

    private FamilyCreated created() {
        return new FamilyCreated(familyId, "Novákovi", ADDRESS, "alice", CREATED);
    }

    private FamilyStatusRecorded status(Status status, LocalDate on, StatusReason reason, StatusSource source) {
        return new FamilyStatusRecorded(familyId, new StatusEntry(status, on, reason, null, null, source));
    }

    private MemberAdded member(UUID clientId, Relation relation) {
        return new MemberAdded(familyId, clientId, relation, CREATED);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(PRAGUE).toInstant();
    }

    // --- the family file ---------------------------------------------------------------------------------------

    @Test
    void newFamilyStartsAsApplicantAndWatchesForContactLikeAClient() {
        fixture.givenNoPriorActivity()
                .when(new CreateFamily(familyId, "  Novákovi ", ADDRESS, "alice", CREATED))
                .expectEvents(created(), status(Status.APPLICANT, CREATED, null, StatusSource.AUTOMATIC))
                .expectScheduledDeadlineWithName(startOf(CREATED.plusDays(N)), NoContactRule.DEADLINE);
    }

    @Test
    void familyNeedsANameAndAFirstContactNotInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new CreateFamily(familyId, " ", ADDRESS, "alice", TODAY.plusDays(1)))
                .expectException(violates("name", "required"))
                .expectException(violates("createdOn", "not-in-future"))
                .expectNoEvents();
    }

    @Test
    void blankAddressIsStoredAsNoAddress() {
        fixture.givenNoPriorActivity()
                .when(new CreateFamily(familyId, "Novákovi", new Address(" ", "", null, " "), "alice", CREATED))
                .expectEvents(new FamilyCreated(familyId, "Novákovi", null, "alice", CREATED),
                        status(Status.APPLICANT, CREATED, null, StatusSource.AUTOMATIC));
    }

    // --- membership --------------------------------------------------------------------------------------------

    @Test
    void memberJoinsThroughTheirOwnFile() {
        fixture.given(created())
                .when(new AddMember(familyId, mother, Relation.REFERENCE_PERSON, TODAY))
                .expectEvents(new MemberAdded(familyId, mother, Relation.REFERENCE_PERSON, TODAY));
        assertThat(memberFiles.joined).containsExactly(mother);
    }

    @Test
    void clientInAnotherFamilyIsRefusedAndNothingIsStored() {
        memberFiles.inAnotherFamily.add(son);
        fixture.given(created())
                .when(new AddMember(familyId, son, Relation.CHILD, TODAY))
                .expectException(violates("clientId", "already-in-another-family"))
                .expectNoEvents();
    }

    @Test
    void clientIsNotAddedTwiceToTheSameFamily() {
        fixture.given(created(), member(son, Relation.CHILD))
                .when(new AddMember(familyId, son, Relation.CHILD, TODAY))
                .expectException(violates("clientId", "already-member"))
                .expectNoEvents();
        assertThat(memberFiles.joined).isEmpty();
    }

    @Test
    void familyHasOneReferencePersonAtATime() {
        fixture.given(created(), member(mother, Relation.REFERENCE_PERSON))
                .when(new AddMember(familyId, son, Relation.REFERENCE_PERSON, TODAY))
                .expectException(violates("relation", "one-reference-person"))
                .expectNoEvents();
        fixture.given(created(), member(mother, Relation.REFERENCE_PERSON),
                        new MemberRemoved(familyId, mother, TODAY.minusDays(1)))
                .when(new AddMember(familyId, son, Relation.REFERENCE_PERSON, TODAY))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void memberNeedsARelationAndAJoiningDayNotInTheFuture() {
        fixture.given(created())
                .when(new AddMember(familyId, son, null, TODAY.plusDays(1)))
                .expectException(violates("relation", "required"))
                .expectException(violates("since", "not-in-future"))
                .expectNoEvents();
    }

    @Test
    void memberLeavesOnADayNotBeforeTheyJoined() {
        fixture.given(created(), member(son, Relation.CHILD))
                .when(new RemoveMember(familyId, son, CREATED.minusDays(1)))
                .expectException(violates("leftOn", "not-before-joined"))
                .expectNoEvents();
        fixture.given(created(), member(son, Relation.CHILD))
                .when(new RemoveMember(familyId, son, TODAY))
                .expectEvents(new MemberRemoved(familyId, son, TODAY));
        assertThat(memberFiles.left).containsExactly(son);
    }

    @Test
    void onlyAMemberCanLeave() {
        fixture.given(created(), member(son, Relation.CHILD), new MemberRemoved(familyId, son, TODAY))
                .when(new RemoveMember(familyId, son, TODAY))
                .expectException(UnknownRecordException.class)
                .expectNoEvents();
    }

    @Test
    void formerMemberCanJoinAgain() {
        fixture.given(created(), member(son, Relation.CHILD), new MemberRemoved(familyId, son, CREATED))
                .when(new AddMember(familyId, son, Relation.CHILD, TODAY))
                .expectEvents(new MemberAdded(familyId, son, Relation.CHILD, TODAY));
    }

    // --- the family's own status, under the client's rules ------------------------------------------------------

    @Test
    void familyStatusFollowsTheClientsRules() {
        fixture.given(created(), status(Status.APPLICANT, CREATED, null, StatusSource.AUTOMATIC))
                .when(new RecordFamilyStatus(familyId, new ManualStatus(Status.REJECTED, CREATED.minusDays(1),
                        null, null, null)))
                .expectException(violates("reason", "reason-required"))
                .expectException(violates("effectiveDate", "not-before-registered"))
                .expectNoEvents();
        fixture.given(created(), status(Status.APPLICANT, CREATED, null, StatusSource.AUTOMATIC))
                .when(new RecordFamilyStatus(familyId, new ManualStatus(Status.SUSPENDED, TODAY, null, null, null)))
                .expectException(violates("status", "suspend-only-service-user"))
                .expectNoEvents();
    }

    @Test
    void contractSignedTodayMakesTheFamilyAServiceUserAndItsEndTerminatesIt() {
        UUID contractId = UUID.randomUUID();
        fixture.given(created(), status(Status.APPLICANT, CREATED, null, StatusSource.AUTOMATIC))
                .when(new SignFamilyContract(familyId, contractId, " R-1 ", TODAY, TODAY, null))
                .expectEvents(new FamilyContractSigned(familyId, contractId, "R-1", TODAY, TODAY, null),
                        status(Status.SERVICE_USER, TODAY, null, StatusSource.AUTOMATIC));
        clock.setDay(TODAY.plusDays(10));
        fixture.given(created(), status(Status.APPLICANT, CREATED, null, StatusSource.AUTOMATIC),
                        new FamilyContractSigned(familyId, contractId, "R-1", TODAY, TODAY, null),
                        status(Status.SERVICE_USER, TODAY, null, StatusSource.AUTOMATIC))
                .when(new EndFamilyContract(familyId, contractId, TODAY.plusDays(5), "moved"))
                .expectEvents(new FamilyContractEnded(familyId, contractId, TODAY.plusDays(5), "moved"),
                        status(Status.TERMINATED, TODAY.plusDays(6), StatusReason.CONTRACT_ENDED,
                                StatusSource.AUTOMATIC));
    }

    @Test
    void contractSignedAheadTakesEffectOnItsFirstDay() {
        UUID contractId = UUID.randomUUID();
        fixture.given(created(), status(Status.APPLICANT, CREATED, null, StatusSource.AUTOMATIC))
                .when(new SignFamilyContract(familyId, contractId, "R-2", TODAY, TODAY.plusDays(3), null))
                .expectEvents(new FamilyContractSigned(familyId, contractId, "R-2", TODAY, TODAY.plusDays(3), null))
                .expectScheduledDeadlineWithName(startOf(TODAY.plusDays(3)), ContractBook.STARTS);
    }

    @Test
    void planVersionsCountUpUnderThePlanRules() {
        fixture.given(created(), new FamilyPlanAdopted(familyId, 1, CREATED, TODAY, List.of("housing")))
                .when(new AdoptFamilyPlan(familyId, TODAY, TODAY.plusMonths(3), List.of(" school ", " ")))
                .expectEvents(new FamilyPlanAdopted(familyId, 2, TODAY, TODAY.plusMonths(3), List.of("school")))
                .expectResultMessagePayload(2);
        fixture.given(created())
                .when(new AdoptFamilyPlan(familyId, TODAY, TODAY.minusDays(1), List.of()))
                .expectException(violates("reviewDue", "not-before-valid-from"))
                .expectException(violates("goals", "not-empty"))
                .expectNoEvents();
    }

    @Test
    void memberEngagementMakesAContactedFamilyAnApplicant() {
        fixture.given(created(), status(Status.CONTACTED, CREATED, null, StatusSource.AUTOMATIC),
                        member(son, Relation.CHILD))
                .when(new NoteMemberEngagement(familyId, son, TODAY))
                .expectEvents(status(Status.APPLICANT, TODAY, null, StatusSource.AUTOMATIC));
    }

    @Test
    void engagementOfSomeoneWhoIsNoLongerAMemberChangesNothing() {
        fixture.given(created(), status(Status.CONTACTED, CREATED, null, StatusSource.AUTOMATIC),
                        member(son, Relation.CHILD), new MemberRemoved(familyId, son, CREATED))
                .when(new NoteMemberEngagement(familyId, son, TODAY))
                .expectNoEvents();
    }

    /** Creation schedules the first check; the clock stands on {@code TODAY}, long after it fell due. */
    private TestExecutor<Family> givenFamilyWithMembers(UUID... clientIds) {
        TestExecutor<Family> given = fixture.givenCurrentTime(clock.instant())
                .andGivenCommands(new CreateFamily(familyId, "Novákovi", ADDRESS, "alice", CREATED));
        for (UUID clientId : clientIds) {
            given = given.andGiven(member(clientId, Relation.CHILD));
        }
        return given;
    }

    @Test
    void familyWithoutContactWithAnyMemberIsRejectedOnTheDayThePeriodRanOut() {
        LocalDate lastContact = TODAY.minusDays(N + 3);
        memberFiles.lastConsultations.put(son, lastContact);
        givenFamilyWithMembers(mother, son)
                .whenTimeAdvancesTo(clock.instant())
                .expectEvents(status(Status.REJECTED, lastContact.plusDays(N), StatusReason.DID_NOT_COME,
                        StatusSource.AUTOMATIC))
                .expectScheduledDeadline(startOf(TODAY.plusDays(N)), new NoContactRule.Check(TODAY.plusDays(N)));
    }

    @Test
    void consultationWithAnyMemberTheDayBeforeTheDeadlineKeepsTheFamily() {
        memberFiles.lastConsultations.put(mother, TODAY.minusDays(N + 10));
        memberFiles.lastConsultations.put(son, TODAY.minusDays(N - 1));
        givenFamilyWithMembers(mother, son)
                .whenTimeAdvancesTo(clock.instant())
                .expectNoEvents()
                .expectScheduledDeadline(startOf(TODAY.plusDays(1)), new NoContactRule.Check(TODAY.plusDays(1)));
    }

    @Test
    void consultationsOfFormerMembersDoNotCount() {
        UUID former = UUID.randomUUID();
        memberFiles.lastConsultations.put(former, TODAY.minusDays(1));
        givenFamilyWithMembers(son, former)
                .andGiven(new MemberRemoved(familyId, former, TODAY.minusDays(1)))
                .whenTimeAdvancesTo(clock.instant())
                .expectEvents(status(Status.REJECTED, CREATED.plusDays(N), StatusReason.DID_NOT_COME,
                        StatusSource.AUTOMATIC));
    }

    // --- sharing -----------------------------------------------------------------------------------------------

    @Test
    void withSharingOnEveryCurrentMemberGetsTheFamilysEntry() {
        settings = settings(StatusMode.AUTOMATIC, true);
        UUID former = UUID.randomUUID();
        StatusEntry rejected = new StatusEntry(Status.REJECTED, TODAY, StatusReason.CAPACITY, null, null,
                StatusSource.MANUAL);
        fixture.given(created(), status(Status.APPLICANT, CREATED, null, StatusSource.AUTOMATIC),
                        member(mother, Relation.REFERENCE_PERSON), member(son, Relation.CHILD),
                        member(former, Relation.SIBLING), new MemberRemoved(familyId, former, TODAY))
                .when(new RecordFamilyStatus(familyId, new ManualStatus(Status.REJECTED, TODAY,
                        StatusReason.CAPACITY, null, null)))
                .expectEvents(new FamilyStatusRecorded(familyId, rejected));
        assertThat(memberFiles.shared).containsExactly(
                new RecordingMemberFiles.Shared(mother, familyId, rejected),
                new RecordingMemberFiles.Shared(son, familyId, rejected));
    }

    @Test
    void withSharingOnAutomaticEntriesOfTheFamilyAreSharedToo() {
        settings = settings(StatusMode.AUTOMATIC, true);
        UUID contractId = UUID.randomUUID();
        fixture.given(created(), status(Status.APPLICANT, CREATED, null, StatusSource.AUTOMATIC),
                        member(son, Relation.CHILD))
                .when(new SignFamilyContract(familyId, contractId, "R-3", TODAY, TODAY, null))
                .expectSuccessfulHandlerExecution();
        assertThat(memberFiles.shared).extracting(s -> s.entry().status()).containsExactly(Status.SERVICE_USER);
    }

    @Test
    void withSharingOffMembersKeepTheirOwnStatus() {
        fixture.given(created(), status(Status.APPLICANT, CREATED, null, StatusSource.AUTOMATIC),
                        member(son, Relation.CHILD))
                .when(new RecordFamilyStatus(familyId, new ManualStatus(Status.REJECTED, TODAY,
                        StatusReason.CAPACITY, null, null)))
                .expectEvents(status(Status.REJECTED, TODAY, StatusReason.CAPACITY, StatusSource.MANUAL));
        assertThat(memberFiles.shared).isEmpty();
    }

    @Test
    void familyResponsibleWorkerChangesAsAnEvent() {
        fixture.given(created())
                .when(new ChangeFamilyResponsibleWorker(familyId, "bob"))
                .expectEvents(new FamilyResponsibleWorkerChanged(familyId, "bob", LocalDate.now(clock)));
        fixture.given(created())
                .when(new ChangeFamilyResponsibleWorker(familyId, "alice"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(created())
                .when(new ChangeFamilyResponsibleWorker(familyId, " "))
                .expectException(violates("worker", "required"))
                .expectNoEvents();
    }
}

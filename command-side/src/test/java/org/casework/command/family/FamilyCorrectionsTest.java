package org.casework.command.family;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casework.command.MutableClock;
import org.casework.command.settings.CurrentSettings;
import org.casework.command.settings.SettingsLookup;
import org.casework.command.status.NoContactRule;
import org.casework.domain.family.FamilyContractCorrected;
import org.casework.domain.family.FamilyContractSigned;
import org.casework.domain.family.FamilyContractVoided;
import org.casework.domain.family.FamilyCreated;
import org.casework.domain.family.FamilyStatusEnteredInError;
import org.casework.domain.family.FamilyStatusRecorded;
import org.casework.domain.family.MemberAdded;
import org.casework.domain.family.Relation;
import org.casework.domain.settings.StatusMode;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.command.rules.ViolationMatchers.violates;

/** Corrections on a family's file, and what they do to the copies in its members' files. */
class FamilyCorrectionsTest {

    static final LocalDate CREATED = LocalDate.of(2025, 1, 10);
    static final LocalDate TODAY = LocalDate.of(2025, 6, 16);
    static final int N = 30;

    private final UUID familyId = UUID.randomUUID();
    private final UUID mother = UUID.randomUUID();
    private final UUID son = UUID.randomUUID();
    private final UUID contractId = UUID.randomUUID();
    private final MutableClock clock = new MutableClock(TODAY);
    private final RecordingMemberFiles memberFiles = new RecordingMemberFiles();
    private CurrentSettings settings = FamilyTest.settings(StatusMode.AUTOMATIC, true);
    private FixtureConfiguration<Family> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Family.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource((SettingsLookup) () -> settings);
        fixture.registerInjectableResource(memberFiles);
    }

    private FamilyCreated created() {
        return new FamilyCreated(familyId, "Novákovi", null, "alice", CREATED);
    }

    private StatusEntry entry(Status status, LocalDate on, StatusReason reason, StatusSource source) {
        return new StatusEntry(status, on, reason, null, null, source);
    }

    private FamilyStatusRecorded status(StatusEntry entry) {
        return new FamilyStatusRecorded(familyId, entry);
    }

    private MemberAdded member(UUID clientId, Relation relation) {
        return new MemberAdded(familyId, clientId, relation, CREATED);
    }

    @Test
    void aFamilyEntryInErrorIsMarkedInEveryCurrentMembersFileToo() {
        StatusEntry wrong = entry(Status.REJECTED, TODAY, StatusReason.CLIENT_DECISION, StatusSource.MANUAL);
        fixture.given(created(), status(entry(Status.APPLICANT, CREATED, null, StatusSource.AUTOMATIC)),
                        member(mother, Relation.REFERENCE_PERSON), member(son, Relation.CHILD), status(wrong))
                .when(new MarkFamilyStatusInError(familyId, 1, "wrong family"))
                .expectEvents(new FamilyStatusEnteredInError(familyId, 1, "wrong family", false));
        assertThat(memberFiles.withdrawn).containsExactly(
                new RecordingMemberFiles.Shared(mother, familyId, wrong),
                new RecordingMemberFiles.Shared(son, familyId, wrong));
    }

    @Test
    void aFamilyEntryAlreadyInErrorIsRefused() {
        fixture.given(created(), status(entry(Status.APPLICANT, CREATED, null, StatusSource.AUTOMATIC)),
                        status(entry(Status.REJECTED, TODAY, StatusReason.CLIENT_DECISION, StatusSource.MANUAL)),
                        new FamilyStatusEnteredInError(familyId, 1, "wrong", false))
                .when(new MarkFamilyStatusInError(familyId, 1, "again"))
                .expectException(violates("entry", "already-in-error"))
                .expectNoEvents();
        assertThat(memberFiles.withdrawn).isEmpty();
    }

    @Test
    void voidedFamilyContractWithdrawsTheFamilysAdmissionAndTheMembersCopies() {
        LocalDate validFrom = CREATED.plusDays(3);
        StatusEntry admission = entry(Status.SERVICE_USER, validFrom, null, StatusSource.AUTOMATIC);
        fixture.given(created(), status(entry(Status.APPLICANT, CREATED, null, StatusSource.AUTOMATIC)),
                        member(son, Relation.CHILD),
                        new FamilyContractSigned(familyId, contractId, "R-1", validFrom, validFrom, null),
                        status(admission))
                .when(new VoidFamilyContract(familyId, contractId, "wrong family"))
                .expectEvents(new FamilyContractVoided(familyId, contractId, "wrong family"),
                        new FamilyStatusEnteredInError(familyId, 1, "contract voided", true));
        assertThat(memberFiles.withdrawn).containsExactly(new RecordingMemberFiles.Shared(son, familyId, admission));
    }

    @Test
    void correctedFamilyContractAdmitsFromItsCorrectedStart() {
        LocalDate wrongStart = CREATED.plusDays(3);
        LocalDate rightStart = CREATED.plusDays(8);
        fixture.given(created(), status(entry(Status.APPLICANT, CREATED, null, StatusSource.AUTOMATIC)),
                        new FamilyContractSigned(familyId, contractId, "R-1", wrongStart, wrongStart, null),
                        status(entry(Status.SERVICE_USER, wrongStart, null, StatusSource.AUTOMATIC)))
                .when(new CorrectFamilyContract(familyId, contractId, "R-1", rightStart, rightStart, null, "typo"))
                .expectEvents(new FamilyContractCorrected(familyId, contractId, "R-1", rightStart, rightStart, null,
                                "typo"),
                        new FamilyStatusEnteredInError(familyId, 1, "contract corrected", true),
                        status(entry(Status.SERVICE_USER, rightStart, null, StatusSource.AUTOMATIC)));
    }

    @Test
    void aMembersConsultationWithdrawsTheFamilysNoContactEntryItDisproves() {
        memberFiles.lastConsultations.put(son, TODAY.minusDays(2));
        fixture.givenCurrentTime(clock.instant())
                .andGiven(created(), status(entry(Status.APPLICANT, CREATED, null, StatusSource.AUTOMATIC)),
                        member(son, Relation.CHILD),
                        status(entry(Status.REJECTED, TODAY.minusDays(1), StatusReason.DID_NOT_COME,
                                StatusSource.AUTOMATIC)))
                .when(new NoteMemberConsultation(familyId, son, TODAY.minusDays(2)))
                .expectEvents(new FamilyStatusEnteredInError(familyId, 1, NoContactRule.RULE, true));
    }

    @Test
    void aConsultationOfSomeoneWhoIsNotAMemberChangesNothing() {
        fixture.given(created(), status(entry(Status.APPLICANT, CREATED, null, StatusSource.AUTOMATIC)),
                        status(entry(Status.REJECTED, TODAY.minusDays(1), StatusReason.DID_NOT_COME,
                                StatusSource.AUTOMATIC)))
                .when(new NoteMemberConsultation(familyId, son, TODAY.minusDays(2)))
                .expectNoEvents();
    }
}

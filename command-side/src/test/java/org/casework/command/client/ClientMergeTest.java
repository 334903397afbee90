package org.casework.command.client;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casework.command.contract.ContractBook;
import org.casework.command.rules.FileMergedException;
import org.casework.command.rules.RuleViolationException;
import org.casework.command.settings.CurrentSettings;
import org.casework.command.settings.SettingsLookup;
import org.casework.command.status.ManualStatus;
import org.casework.command.status.RecordStatus;
import org.casework.domain.client.ClientErased;
import org.casework.domain.client.ClientFileTakenOver;
import org.casework.domain.client.ClientMergedInto;
import org.casework.domain.client.ClientRegistered;
import org.casework.domain.client.EngagementAddedToFile;
import org.casework.domain.contract.ContractEnded;
import org.casework.domain.contract.ContractSigned;
import org.casework.domain.contract.ContractTerms;
import org.casework.domain.family.ClientJoinedFamily;
import org.casework.domain.family.Relation;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusRecorded;
import org.casework.domain.status.StatusSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.command.client.ClientTest.CLOCK;
import static org.casework.command.client.ClientTest.TODAY;
import static org.casework.command.client.ClientTest.personalData;
import static org.casework.command.rules.ViolationMatchers.violates;

/** Two files of one person: both halves of a merge, and the merged file taking nothing more. */
class ClientMergeTest {

    private static final String NUMBER = "900315/1234";

    private final UUID survivor = UUID.randomUUID();
    private final UUID merged = UUID.randomUUID();
    private final UUID engagement = UUID.randomUUID();
    private final MemoryBirthNumberClaims claims = new MemoryBirthNumberClaims();
    private final List<String> asked = new ArrayList<>();
    private Handover handover = new Handover(List.of(engagement), List.of(), Map.of());
    private CurrentSettings settings = CurrentSettings.DEFAULTS;
    private FixtureConfiguration<Client> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Client.class);
        fixture.registerInjectableResource(claims);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource((SettingsLookup) () -> settings);
        fixture.registerInjectableResource(new FileMerging() {
            @Override
            public Handover handOver(UUID mergedClientId, UUID survivorId, String reason, LocalDate mergedOn) {
                asked.add("hand over " + mergedClientId + " to " + survivorId + " on " + mergedOn + ": " + reason);
                return handover;
            }

            @Override
            public void moveEngagement(UUID engagementId, UUID toClientId) {
                asked.add("move " + engagementId + " to " + toClientId);
            }
        });
    }

    private ClientRegistered registered(UUID id) {
        return new ClientRegistered(id, personalData(NUMBER, LocalDate.of(1990, 3, 15)), "alice", TODAY);
    }

    @Test
    void theSurvivorTakesOverTheEngagementsTheMergedFileHandsOver() {
        fixture.given(registered(survivor))
                .when(new MergeClient(survivor, merged, "  one person, registered twice "))
                .expectEvents(new ClientFileTakenOver(survivor, merged, TODAY, "one person, registered twice",
                        List.of(engagement)));
        assertThat(asked).containsExactly(
                "hand over " + merged + " to " + survivor + " on " + TODAY + ": one person, registered twice",
                "move " + engagement + " to " + survivor);
    }

    @Test
    void theSurvivorTakesOverTheStatusEntriesAsTheyWereAndTheContractsAsIfSignedHere() {
        settings = ClientStatusTest.manualMode();
        UUID contract = UUID.randomUUID();
        UUID endedContract = UUID.randomUUID();
        StatusEntry applicant = new StatusEntry(Status.APPLICANT, TODAY.minusDays(40), null, null, "came in",
                StatusSource.MANUAL);
        Map<UUID, ContractBook.Contract> contracts = new LinkedHashMap<>();
        contracts.put(contract, new ContractBook.Contract("K-1",
                new ContractTerms(TODAY.minusDays(30), TODAY.minusDays(30), null, null)));
        contracts.put(endedContract, new ContractBook.Contract("K-0",
                new ContractTerms(TODAY.minusDays(90), TODAY.minusDays(90), null, TODAY.minusDays(60))));
        handover = new Handover(List.of(), List.of(applicant), contracts);
        UUID taken = TakenOverContract.idIn(survivor, contract);
        UUID takenEnded = TakenOverContract.idIn(survivor, endedContract);

        fixture.given(registered(survivor))
                .when(new MergeClient(survivor, merged, "twice"))
                .expectEvents(new ClientFileTakenOver(survivor, merged, TODAY, "twice", List.of()),
                        new StatusRecorded(survivor, applicant),
                        new ContractSigned(survivor, taken, "K-1", TODAY.minusDays(30), TODAY.minusDays(30), null),
                        new ContractSigned(survivor, takenEnded, "K-0", TODAY.minusDays(90), TODAY.minusDays(90),
                                null),
                        new ContractEnded(survivor, takenEnded, TODAY.minusDays(60),
                                "taken over from client file " + merged));
        assertThat(TakenOverContract.idIn(survivor, contract)).isEqualTo(taken).isNotEqualTo(contract);
    }

    @Test
    void aContractNumberTheSurvivorHasAlreadyStopsTheMerge() {
        settings = ClientStatusTest.manualMode();
        handover = new Handover(List.of(), List.of(), Map.of(UUID.randomUUID(), new ContractBook.Contract("K-1",
                new ContractTerms(TODAY.minusDays(30), TODAY.minusDays(30), null, null))));
        fixture.given(registered(survivor), new ContractSigned(survivor, UUID.randomUUID(), "K-1",
                        TODAY.minusDays(10), TODAY.minusDays(10), null))
                .when(new MergeClient(survivor, merged, "twice"))
                .expectException(violates("mergedClientId", "contract-not-taken-over"))
                .expectNoEvents();
    }

    @Test
    void aFileCannotBeMergedIntoItselfNorWithoutAReason() {
        fixture.given(registered(survivor))
                .when(new MergeClient(survivor, survivor, " "))
                .expectException(RuleViolationException.class)
                .expectException(violates("mergedClientId", "not-the-same-file"))
                .expectException(violates("reason", "required"))
                .expectNoEvents();
        fixture.given(registered(survivor))
                .when(new MergeClient(survivor, null, "twice"))
                .expectException(violates("mergedClientId", "required"))
                .expectNoEvents();
        assertThat(asked).isEmpty();
    }

    @Test
    void theMergedFileRecordsTheMergeAnswersItsEngagementsAndGivesUpItsBirthNumber() {
        claims.claim(NUMBER, merged);
        fixture.given(registered(merged), new EngagementAddedToFile(merged, engagement, TODAY))
                .when(new HandOverFile(merged, survivor, "twice", TODAY))
                .expectEvents(new ClientMergedInto(merged, survivor, TODAY, "twice", List.of(engagement)))
                .expectResultMessagePayload(new Handover(List.of(engagement), List.of(), Map.of()));
        assertThat(claims.holder(NUMBER)).isEmpty();
    }

    @Test
    void aFamilyMemberLeavesTheFamilyBeforeItsFileIsMerged() {
        claims.claim(NUMBER, merged);
        UUID family = UUID.randomUUID();
        fixture.given(registered(merged), new ClientJoinedFamily(merged, family, Relation.CHILD, TODAY))
                .when(new HandOverFile(merged, survivor, "twice", TODAY))
                .expectException(violates("mergedClientId", "merged-file-in-family"))
                .expectNoEvents();
        assertThat(claims.holder(NUMBER)).contains(merged);
    }

    @Test
    void aMergedFileTakesNothingMoreAndPointsToTheSurvivor() {
        fixture.given(registered(merged), new ClientMergedInto(merged, survivor, TODAY, "twice", List.of()))
                .when(new RecordStatus(merged, new ManualStatus(Status.APPLICANT, TODAY, null, null, null)))
                .expectException(FileMergedException.class)
                .expectExceptionMessage("client file " + merged + " was merged into client file " + survivor
                        + "; nothing more can be recorded in it")
                .expectNoEvents();
        fixture.given(registered(merged), new ClientMergedInto(merged, survivor, TODAY, "twice", List.of()))
                .when(new HandOverFile(merged, UUID.randomUUID(), "again", TODAY))
                .expectException(FileMergedException.class);
    }

    @Test
    void aMergedFileIsStillErasedWithTheSurvivor() {
        fixture.given(registered(merged), new ClientMergedInto(merged, survivor, TODAY, "twice", List.of()))
                .when(new EraseClient(merged, "request of the client"))
                .expectEvents(new ClientErased(merged, TODAY, "request of the client"));
    }
}

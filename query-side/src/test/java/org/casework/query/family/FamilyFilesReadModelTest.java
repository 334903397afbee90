package org.casework.query.family;

import org.casework.domain.client.Address;
import org.casework.domain.family.FamilyContractEnded;
import org.casework.domain.family.FamilyContractSigned;
import org.casework.domain.family.FamilyCreated;
import org.casework.domain.family.FamilyPlanAdopted;
import org.casework.domain.family.FamilyStatusRecorded;
import org.casework.domain.family.MemberAdded;
import org.casework.domain.family.MemberRemoved;
import org.casework.domain.family.Relation;
import org.casework.domain.sharing.FamilyResponsibleWorkerChanged;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusSource;
import org.casework.query.care.ContractCard;
import org.casework.query.care.ContractView;
import org.casework.query.care.CurrentStatus;
import org.casework.query.care.PlanCard;
import org.casework.query.care.PlanVersion;
import org.casework.query.status.Colour;
import org.casework.query.support.ReadModelFixture;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class FamilyFilesReadModelTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 16);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static final LocalDate CREATED_ON = LocalDate.of(2025, 3, 3);
    static final Address HOME = new Address("Kročehlavská", "2087", "Kladno", "272 01");

    private final UUID familyId = UUID.randomUUID();
    private final UUID jana = UUID.randomUUID();
    private final UUID petr = UUID.randomUUID();
    private final UUID contractId = UUID.randomUUID();
    private final ReadModelFixture fixture = ReadModelFixture.of(new FamilyFilesReadModel(CLOCK));

    @Test
    void aCreatedFamilyHasItsNameAddressAndWorkerAndNoMembersYet() {
        fixture.given(created());

        FamilyCard card = card();
        assertThat(card.id()).isEqualTo(familyId);
        assertThat(card.name()).isEqualTo("Dvořákovi");
        assertThat(card.address()).isEqualTo(HOME);
        assertThat(card.responsibleWorker()).isEqualTo("bob");
        assertThat(card.createdOn()).isEqualTo(CREATED_ON);
        assertThat(card.memberCount()).isZero();
        assertThat(card.status()).isNull();
        assertThat(card.colour()).isEqualTo(Colour.GREY);
        assertThat(fixture.rows(FamilyMember.class)).isEmpty();
    }

    @Test
    void anAddedMemberHasAnOpenMembershipAndCounts() {
        fixture.given(created(), added(jana, Relation.REFERENCE_PERSON, CREATED_ON),
                added(petr, Relation.SPOUSE, LocalDate.of(2025, 3, 10)));

        assertThat(fixture.rows(FamilyMember.class))
                .extracting(FamilyMember::familyId, FamilyMember::clientId, FamilyMember::relation,
                        FamilyMember::since, FamilyMember::leftOn)
                .containsExactly(tuple(familyId, jana, Relation.REFERENCE_PERSON, CREATED_ON, null),
                        tuple(familyId, petr, Relation.SPOUSE, LocalDate.of(2025, 3, 10), null));
        assertThat(card().memberCount()).isEqualTo(2);
        assertThat(row().memberCount()).isEqualTo(2);
    }

    @Test
    void aRemovedMemberLeavesOnTheirLastDayAndNoLongerCounts() {
        fixture.given(created(), added(jana, Relation.REFERENCE_PERSON, CREATED_ON),
                added(petr, Relation.SPOUSE, LocalDate.of(2025, 3, 10)),
                new MemberRemoved(familyId, petr, LocalDate.of(2025, 5, 31)));

        assertThat(fixture.rows(FamilyMember.class)).extracting(FamilyMember::clientId, FamilyMember::leftOn)
                .containsExactly(tuple(jana, null), tuple(petr, LocalDate.of(2025, 5, 31)));
        assertThat(card().memberCount()).isEqualTo(1);
    }

    @Test
    void aMemberWhoComesBackHasANewMembershipAndLeavingAgainEndsOnlyThatOne() {
        fixture.given(created(), added(petr, Relation.SPOUSE, LocalDate.of(2025, 3, 10)),
                new MemberRemoved(familyId, petr, LocalDate.of(2025, 4, 30)),
                added(petr, Relation.PARTNER, LocalDate.of(2025, 5, 15)),
                new MemberRemoved(familyId, petr, LocalDate.of(2025, 6, 10)));

        assertThat(fixture.rows(FamilyMember.class))
                .extracting(FamilyMember::relation, FamilyMember::since, FamilyMember::leftOn)
                .containsExactly(tuple(Relation.SPOUSE, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 4, 30)),
                        tuple(Relation.PARTNER, LocalDate.of(2025, 5, 15), LocalDate.of(2025, 6, 10)));
        assertThat(card().memberCount()).isZero();
    }

    @Test
    void removingAClientWhoIsNotAMemberFails() {
        fixture.given(created());

        assertThatThrownBy(() -> fixture.given(new MemberRemoved(familyId, petr, LocalDate.of(2025, 5, 31))))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining(petr.toString());
    }

    @Test
    void theFamilysOwnStatusIsItsCurrentStatus() {
        fixture.given(created(), status(Status.APPLICANT, CREATED_ON),
                status(Status.SERVICE_USER, LocalDate.of(2025, 4, 1)));

        assertThat(card().status())
                .isEqualTo(new CurrentStatus(Status.SERVICE_USER, LocalDate.of(2025, 4, 1), null, null));
        assertThat(row().status()).isEqualTo(Status.SERVICE_USER);
        assertThat(row().colour()).isEqualTo(Colour.RED);
    }

    @Test
    void aFamilyContractIsValidUntilItIsEndedEarly() {
        fixture.given(created(), signed());

        assertThat(fixture.rows(ContractView.class)).extracting(ContractView::fileId).containsExactly(familyId);
        assertThat(card().contracts()).containsExactly(new ContractCard(contractId, "R-2025/003",
                LocalDate.of(2025, 3, 28), LocalDate.of(2025, 4, 1), null, null, null, true));

        fixture.given(new FamilyContractEnded(familyId, contractId, LocalDate.of(2025, 5, 31),
                "Rodina se přestěhovala do Berouna"));

        assertThat(card().contracts()).containsExactly(new ContractCard(contractId, "R-2025/003",
                LocalDate.of(2025, 3, 28), LocalDate.of(2025, 4, 1), null, LocalDate.of(2025, 5, 31),
                "Rodina se přestěhovala do Berouna", false));
    }

    @Test
    void theLatestFamilyPlanIsCurrentAndColoursAServedFamilyWithAContractGreen() {
        fixture.given(created(), status(Status.SERVICE_USER, LocalDate.of(2025, 4, 1)), signed(),
                plan(1, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 1)),
                plan(2, LocalDate.of(2025, 6, 2), LocalDate.of(2025, 12, 1)));

        assertThat(fixture.rows(PlanVersion.class)).hasSize(2);
        assertThat(card().plan()).isEqualTo(new PlanCard(2, LocalDate.of(2025, 6, 2), LocalDate.of(2025, 12, 1),
                List.of("Zajistit dětem pravidelnou školní docházku", "Sestavit rodinný rozpočet"),
                ReadModelFixture.ACTOR, ReadModelFixture.recordedAt(4)));
        assertThat(card().colour()).isEqualTo(Colour.GREEN);
    }

    @Test
    void handingTheFamilyOverChangesItsResponsibleWorker() {
        fixture.given(created(), new FamilyResponsibleWorkerChanged(familyId, "carol", LocalDate.of(2025, 5, 2)));

        assertThat(card().responsibleWorker()).isEqualTo("carol");
        assertThat(row().responsibleWorker()).isEqualTo("carol");
    }

    private FamilyFile file() {
        return fixture.rows(FamilyFile.class).stream().filter(file -> file.getId().equals(familyId)).findFirst()
                .orElseThrow();
    }

    private List<ContractView> contracts() {
        return fixture.rows(ContractView.class).stream().filter(c -> c.fileId().equals(familyId)).toList();
    }

    /** The card without its members, which the family query adds from the client files. */
    private FamilyCard card() {
        PlanCard plan = fixture.rows(PlanVersion.class).stream().filter(p -> p.fileId().equals(familyId))
                .reduce((older, newer) -> newer).map(PlanVersion::toPlan).orElse(null);
        return file().toCard(contracts(), plan, List.of(), List.of(), TODAY);
    }

    private FamilyRow row() {
        return file().toRow(contracts(), TODAY);
    }

    private FamilyCreated created() {
        return new FamilyCreated(familyId, "Dvořákovi", HOME, "bob", CREATED_ON);
    }

    private MemberAdded added(UUID clientId, Relation relation, LocalDate since) {
        return new MemberAdded(familyId, clientId, relation, since);
    }

    private FamilyStatusRecorded status(Status status, LocalDate effectiveDate) {
        return new FamilyStatusRecorded(familyId, new StatusEntry(status, effectiveDate, null, null, null,
                StatusSource.MANUAL));
    }

    private FamilyContractSigned signed() {
        return new FamilyContractSigned(familyId, contractId, "R-2025/003", LocalDate.of(2025, 3, 28),
                LocalDate.of(2025, 4, 1), null);
    }

    private FamilyPlanAdopted plan(int version, LocalDate validFrom, LocalDate reviewDue) {
        return new FamilyPlanAdopted(familyId, version, validFrom, reviewDue,
                List.of("Zajistit dětem pravidelnou školní docházku", "Sestavit rodinný rozpočet"));
    }
}

package org.casework.query.client;

import org.casework.domain.Erasure;
import org.casework.domain.Personal;
import org.casework.domain.client.Address;
import org.casework.domain.client.Addresses;
import org.casework.domain.client.ClientErased;
import org.casework.domain.client.ClientRegistered;
import org.casework.domain.client.Contacts;
import org.casework.domain.client.PersonalData;
import org.casework.domain.client.PersonalDataUpdated;
import org.casework.domain.client.ServiceApplicationRecorded;
import org.casework.domain.client.TimeSlot;
import org.casework.domain.client.TimeSlotsRequested;
import org.casework.domain.contract.ContractEnded;
import org.casework.domain.contract.ContractSigned;
import org.casework.domain.engagement.ClosureReason;
import org.casework.domain.engagement.ConsultationKind;
import org.casework.domain.engagement.ConsultationPlace;
import org.casework.domain.engagement.ConsultationRecorded;
import org.casework.domain.engagement.EngagementClosed;
import org.casework.domain.engagement.EngagementOpened;
import org.casework.domain.engagement.ProblemType;
import org.casework.domain.family.ClientJoinedFamily;
import org.casework.domain.family.ClientLeftFamily;
import org.casework.domain.family.Relation;
import org.casework.domain.plan.PlanAdopted;
import org.casework.domain.sharing.ResponsibleWorkerChanged;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusRecorded;
import org.casework.domain.status.StatusSource;
import org.casework.query.care.ContractCard;
import org.casework.query.care.ContractView;
import org.casework.query.care.CurrentStatus;
import org.casework.query.care.PlanCard;
import org.casework.query.care.PlanVersion;
import org.casework.query.status.Colour;
import org.casework.query.support.ReadModelFixture;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientFilesReadModelTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 16);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static final LocalDate REGISTERED_ON = LocalDate.of(2025, 3, 3);
    static final String ERASED = Personal.ERASED;
    static final Address HOME = new Address("Vinohradská", "1234/56", "Praha 2", "120 00");
    static final PersonalData JANA = new PersonalData("Jana", "Dvořáková", "Mgr.", "DiS.", LocalDate.of(1984, 5, 12),
            "845512/1235", "Brno", new Addresses(HOME, null, null),
            new Contacts(null, "+420 603 123 456", "jana.dvorakova@seznam.cz"));

    private final UUID clientId = UUID.randomUUID();
    private final UUID contractId = UUID.randomUUID();
    private final ReadModelFixture fixture = ReadModelFixture.of(new ClientFilesReadModel(CLOCK));

    @Test
    void aRegistrationCreatesTheFileWithThePersonalData() {
        fixture.given(registered());

        ClientCard card = card();
        assertThat(card.id()).isEqualTo(clientId);
        assertThat(card.name()).isEqualTo("Mgr. Jana Dvořáková, DiS.");
        assertThat(card.firstName()).isEqualTo("Jana");
        assertThat(card.lastName()).isEqualTo("Dvořáková");
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1984, 5, 12));
        assertThat(card.birthNumber()).isEqualTo("845512/1235");
        assertThat(card.birthPlace()).isEqualTo("Brno");
        assertThat(card.addresses()).isEqualTo(new Addresses(HOME, null, null));
        assertThat(card.contacts()).isEqualTo(new Contacts(null, "+420 603 123 456", "jana.dvorakova@seznam.cz"));
        assertThat(card.responsibleWorker()).isEqualTo("bob");
        assertThat(card.registeredOn()).isEqualTo(REGISTERED_ON);
        assertThat(card.openEngagements()).isZero();
        assertThat(card.engagementCount()).isZero();
        assertThat(card.status()).isNull();
        assertThat(card.colour()).isEqualTo(Colour.GREY);
        assertThat(card.erasedOn()).isNull();
    }

    @Test
    void updatedPersonalDataReplacesTheOldAsAWhole() {
        PersonalData married = new PersonalData("Jana", "Nováková", null, null, LocalDate.of(1984, 5, 12),
                "845512/1235", "Brno", Addresses.none(), Contacts.none());

        fixture.given(registered(), new PersonalDataUpdated(clientId, married));

        ClientCard card = card();
        assertThat(card.name()).isEqualTo("Jana Nováková");
        assertThat(card.titleBefore()).isNull();
        assertThat(card.addresses()).isEqualTo(Addresses.none());
        assertThat(card.contacts()).isEqualTo(Contacts.none());
        assertThat(card.registeredOn()).isEqualTo(REGISTERED_ON);
    }

    @Test
    void theNewerApplicationReplacesTheOlderAndTimeSlotsShowPerWeekday() {
        fixture.given(registered(),
                new ServiceApplicationRecorded(clientId, LocalDate.of(2025, 3, 5), null),
                new ServiceApplicationRecorded(clientId, LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 12)),
                timeSlots("Ve středu jen dopoledne"));

        ClientCard card = card();
        assertThat(card.application())
                .isEqualTo(new ClientCard.Application(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 12)));
        assertThat(card.requestedTimeSlots().slots()).containsExactlyInAnyOrderEntriesOf(Map.of(
                DayOfWeek.MONDAY, "08.00-10.00, 14.00-16.00",
                DayOfWeek.WEDNESDAY, "09.30-11.00"));
        assertThat(card.requestedTimeSlots().note()).isEqualTo("Ve středu jen dopoledne");
    }

    @Test
    void anOpenedEngagementCountsAsOpenUntilItIsClosed() {
        UUID housing = UUID.randomUUID();
        UUID debts = UUID.randomUUID();

        fixture.given(registered(), opened(housing), opened(debts),
                new EngagementClosed(housing, clientId, LocalDate.of(2025, 5, 30), ClosureReason.SUCCESSFUL, null,
                        false, null));

        assertThat(card().openEngagements()).isEqualTo(1);
        assertThat(card().engagementCount()).isEqualTo(2);
        assertThat(row().openEngagements()).isEqualTo(1);
    }

    @Test
    void aConsultationMovesTheLastContactButABackdatedOneDoesNot() {
        UUID housing = UUID.randomUUID();

        fixture.given(registered(), opened(housing), consultation(housing, LocalDate.of(2025, 4, 10)),
                consultation(housing, LocalDate.of(2025, 4, 2)));

        assertThat(card().lastContactOn()).isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(row().lastContactOn()).isEqualTo(LocalDate.of(2025, 4, 10));
    }

    @Test
    void theStatusWithTheLatestEffectiveDateIsCurrentEvenWhenAnOlderOneIsRecordedLater() {
        fixture.given(registered(), status(Status.APPLICANT, LocalDate.of(2025, 3, 3)),
                status(Status.SERVICE_USER, LocalDate.of(2025, 4, 1)),
                status(Status.CONTACTED, LocalDate.of(2025, 2, 20)));

        assertThat(card().status())
                .isEqualTo(new CurrentStatus(Status.SERVICE_USER, LocalDate.of(2025, 4, 1), null, null));
        assertThat(row().status()).isEqualTo(Status.SERVICE_USER);
        assertThat(row().statusSince()).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void aRejectionIsCurrentWithItsReasonAndColoursTheFileBlack() {
        fixture.given(registered(), status(Status.APPLICANT, LocalDate.of(2025, 3, 3)),
                rejected("Na tři pozvání nereagovala"));

        assertThat(card().status()).isEqualTo(new CurrentStatus(Status.REJECTED, LocalDate.of(2025, 5, 20),
                StatusReason.DID_NOT_COME, "Na tři pozvání nereagovala"));
        assertThat(card().colour()).isEqualTo(Colour.BLACK);
    }

    @Test
    void aSignedContractIsValidUntilItIsEndedEarly() {
        fixture.given(registered(), signed());

        assertThat(card().contracts()).containsExactly(new ContractCard(contractId, "S-2025/014",
                LocalDate.of(2025, 3, 28), LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), null, null, true));

        fixture.given(ended("Klientka se odstěhovala k dceři"));

        assertThat(card().contracts()).containsExactly(new ContractCard(contractId, "S-2025/014",
                LocalDate.of(2025, 3, 28), LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31),
                LocalDate.of(2025, 5, 31), "Klientka se odstěhovala k dceři", false));
    }

    @Test
    void theLatestAdoptedPlanIsCurrentAndColoursAServiceUserWithAContractGreen() {
        fixture.given(registered(), status(Status.SERVICE_USER, LocalDate.of(2025, 4, 1)), signed(),
                plan(1, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 1)),
                plan(2, LocalDate.of(2025, 6, 2), LocalDate.of(2025, 12, 1)));

        assertThat(fixture.rows(PlanVersion.class)).hasSize(2);
        assertThat(card().plan()).isEqualTo(new PlanCard(2, LocalDate.of(2025, 6, 2), LocalDate.of(2025, 12, 1),
                List.of("Najít levnější nájemní byt", "Splatit dluh na nájemném"), ReadModelFixture.ACTOR,
                ReadModelFixture.recordedAt(4)));
        assertThat(card().colour()).isEqualTo(Colour.GREEN);
        assertThat(row().colour()).isEqualTo(Colour.GREEN);
    }

    @Test
    void joiningAFamilyShowsItOnTheCardAndLeavingClearsIt() {
        UUID familyId = UUID.randomUUID();

        fixture.given(registered(),
                new ClientJoinedFamily(clientId, familyId, Relation.SPOUSE, LocalDate.of(2025, 4, 7)));

        assertThat(card().family()).isEqualTo(
                new ClientCard.Family(familyId, "Dvořákovi", Relation.SPOUSE, LocalDate.of(2025, 4, 7)));
        assertThat(row().familyId()).isEqualTo(familyId);

        fixture.given(new ClientLeftFamily(clientId, familyId, LocalDate.of(2025, 6, 1)));

        assertThat(card().family()).isNull();
        assertThat(row().familyId()).isNull();
    }

    @Test
    void handingTheFileOverChangesTheResponsibleWorker() {
        fixture.given(registered(), new ResponsibleWorkerChanged(clientId, "carol", LocalDate.of(2025, 5, 2)));

        assertThat(card().responsibleWorker()).isEqualTo("carol");
        assertThat(row().responsibleWorker()).isEqualTo("carol");
    }

    @Test
    void anErasureReplacesThePersonalDataAndTextsButKeepsTheFacts() {
        UUID housing = UUID.randomUUID();
        LocalDate erasedOn = LocalDate.of(2025, 6, 10);

        fixture.given(registered(), timeSlots("Ve středu jen dopoledne"), opened(housing),
                consultation(housing, LocalDate.of(2025, 4, 10)), rejected("Na tři pozvání nereagovala"), signed(),
                ended("Klientka se odstěhovala k dceři"), plan(1, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 1)),
                new ClientErased(clientId, erasedOn, "Žádost klientky podle čl. 17 GDPR"));

        ClientCard card = card();
        assertThat(card.name()).isEqualTo(ERASED);
        assertThat(List.of(card.firstName(), card.lastName(), card.titleBefore(), card.titleAfter(),
                card.birthNumber(), card.birthPlace())).containsOnly(ERASED);
        assertThat(card.birthDate()).isNull();
        assertThat(card.addresses()).isEqualTo(new Addresses(new Address(ERASED, ERASED, ERASED, ERASED), null, null));
        assertThat(card.contacts()).isEqualTo(new Contacts(null, ERASED, ERASED));
        assertThat(card.requestedTimeSlots().note()).isEqualTo(ERASED);
        assertThat(card.requestedTimeSlots().slots()).containsKeys(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
        assertThat(card.status()).isEqualTo(
                new CurrentStatus(Status.REJECTED, LocalDate.of(2025, 5, 20), StatusReason.DID_NOT_COME, ERASED));
        assertThat(card.contracts()).singleElement().satisfies(contract -> {
            assertThat(contract.endReason()).isEqualTo(ERASED);
            assertThat(contract.endedOn()).isEqualTo(LocalDate.of(2025, 5, 31));
        });
        assertThat(card.plan().goals()).containsExactly(ERASED, ERASED);
        assertThat(card.erasedOn()).isEqualTo(erasedOn);
        assertThat(card.registeredOn()).isEqualTo(REGISTERED_ON);
        assertThat(card.responsibleWorker()).isEqualTo("bob");
        assertThat(card.engagementCount()).isEqualTo(1);
        assertThat(card.lastContactOn()).isEqualTo(LocalDate.of(2025, 4, 10));
    }

    @Test
    void anErasedFileHoldsWhatAReplayOfTheErasedEventsGives() {
        UUID housing = UUID.randomUUID();
        Object[] history = {registered(), timeSlots("Ve středu jen dopoledne"), opened(housing),
                consultation(housing, LocalDate.of(2025, 4, 10)), rejected("Na tři pozvání nereagovala"), signed(),
                ended("Klientka se odstěhovala k dceři"), plan(1, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 1)),
                new ClientErased(clientId, LocalDate.of(2025, 6, 10), "Žádost klientky podle čl. 17 GDPR")};
        ReadModelFixture replayed = ReadModelFixture.of(new ClientFilesReadModel(CLOCK))
                .given(Stream.of(history).map(Erasure::erase).toArray());

        fixture.given(history);

        assertThat(fixture.rows(Object.class)).usingRecursiveComparison().isEqualTo(replayed.rows(Object.class));
    }

    @Test
    void anEventForAFileThatWasNeverRegisteredFails() {
        assertThatThrownBy(() -> fixture.given(status(Status.APPLICANT, LocalDate.of(2025, 3, 3))))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining(clientId.toString());
    }

    private ClientFile file() {
        return fixture.rows(ClientFile.class).stream().filter(file -> file.getId().equals(clientId)).findFirst()
                .orElseThrow();
    }

    private List<ContractView> contracts() {
        return fixture.rows(ContractView.class).stream().filter(c -> c.fileId().equals(clientId)).toList();
    }

    /** As the client card query shows it: the highest plan version is the current plan. */
    private ClientCard card() {
        PlanCard plan = fixture.rows(PlanVersion.class).stream().filter(p -> p.fileId().equals(clientId))
                .reduce((older, newer) -> newer).map(PlanVersion::toPlan).orElse(null);
        return file().toCard(contracts(), plan, "Dvořákovi", TODAY);
    }

    private ClientRow row() {
        return file().toRow(contracts(), TODAY);
    }

    private ClientRegistered registered() {
        return new ClientRegistered(clientId, JANA, "bob", REGISTERED_ON);
    }

    private TimeSlotsRequested timeSlots(String note) {
        return new TimeSlotsRequested(clientId, Map.of(
                DayOfWeek.MONDAY, List.of(new TimeSlot(LocalTime.of(8, 0), LocalTime.of(10, 0)),
                        new TimeSlot(LocalTime.of(14, 0), LocalTime.of(16, 0))),
                DayOfWeek.WEDNESDAY, List.of(new TimeSlot(LocalTime.of(9, 30), LocalTime.of(11, 0)))), note);
    }

    private EngagementOpened opened(UUID engagementId) {
        return new EngagementOpened(engagementId, clientId, "Bydlení", "Udržet si nájemní byt",
                LocalDate.of(2025, 3, 10), "bob", List.of(ProblemType.LIVING_CONDITIONS, ProblemType.FINANCIAL),
                null, 2, "Dluh na nájemném za tři měsíce");
    }

    private ConsultationRecorded consultation(UUID engagementId, LocalDate date) {
        return new ConsultationRecorded(UUID.randomUUID(), engagementId, clientId, date, ConsultationKind.MEETING, 45,
                ConsultationPlace.IN_OFFICE, null, "bob", "Probrali jsme splátkový kalendář",
                List.of("Jana Dvořáková", "Petr Dvořák"), 0);
    }

    private StatusRecorded status(Status status, LocalDate effectiveDate) {
        return new StatusRecorded(clientId, new StatusEntry(status, effectiveDate, null, null, null,
                StatusSource.MANUAL));
    }

    private StatusRecorded rejected(String reasonNote) {
        return new StatusRecorded(clientId, new StatusEntry(Status.REJECTED, LocalDate.of(2025, 5, 20),
                StatusReason.DID_NOT_COME, reasonNote, "Dopis odeslán doporučeně", StatusSource.MANUAL));
    }

    private ContractSigned signed() {
        return new ContractSigned(clientId, contractId, "S-2025/014", LocalDate.of(2025, 3, 28),
                LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));
    }

    private ContractEnded ended(String reason) {
        return new ContractEnded(clientId, contractId, LocalDate.of(2025, 5, 31), reason);
    }

    private PlanAdopted plan(int version, LocalDate validFrom, LocalDate reviewDue) {
        return new PlanAdopted(clientId, version, validFrom, reviewDue,
                List.of("Najít levnější nájemní byt", "Splatit dluh na nájemném"));
    }
}

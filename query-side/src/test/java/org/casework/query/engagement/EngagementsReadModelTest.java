package org.casework.query.engagement;

import org.casework.domain.Erasure;
import org.casework.domain.Personal;
import org.casework.domain.client.ClientErased;
import org.casework.domain.engagement.ClosureReason;
import org.casework.domain.engagement.ConsultationKind;
import org.casework.domain.engagement.ConsultationPlace;
import org.casework.domain.engagement.ConsultationRecorded;
import org.casework.domain.engagement.EngagementClosed;
import org.casework.domain.engagement.EngagementOpened;
import org.casework.domain.engagement.ProblemType;
import org.casework.query.support.ReadModelFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngagementsReadModelTest {

    static final LocalDate OPENED_ON = LocalDate.of(2025, 3, 10);
    static final String ERASED = Personal.ERASED;

    private final UUID clientId = UUID.randomUUID();
    private final UUID housing = UUID.randomUUID();
    private final ReadModelFixture fixture = ReadModelFixture.of(new EngagementsReadModel());

    @Test
    void anOpenedEngagementIsOpenWithWhatTheWorkerWroteAndNoConsultations() {
        fixture.given(opened(clientId, housing));

        assertThat(summary(housing)).isEqualTo(new EngagementSummary(housing, clientId, "Bydlení",
                "Udržet si nájemní byt", OPENED_ON, "bob", List.of(ProblemType.LIVING_CONDITIONS, ProblemType.OTHER),
                "Exekuce na mzdu", 3, "Dluh na nájemném za tři měsíce, hrozí výpověď", true, null, 0, 0, null));
    }

    @Test
    void aConsultationCountsInItsEngagementAndAddsItsMinutes() {
        UUID debts = UUID.randomUUID();

        fixture.given(opened(clientId, housing), opened(clientId, debts),
                consultation(housing, LocalDate.of(2025, 3, 12), 45),
                consultation(housing, LocalDate.of(2025, 3, 26), 30),
                consultation(debts, LocalDate.of(2025, 3, 27), 60));

        assertThat(summary(housing).consultationCount()).isEqualTo(2);
        assertThat(summary(housing).consultationMinutes()).isEqualTo(75);
        assertThat(summary(debts).consultationCount()).isEqualTo(1);
        assertThat(summary(debts).consultationMinutes()).isEqualTo(60);
    }

    @Test
    void theLastConsultationIsTheLatestByDateNotTheLastRecorded() {
        fixture.given(opened(clientId, housing), consultation(housing, LocalDate.of(2025, 4, 10), 45),
                consultation(housing, LocalDate.of(2025, 4, 2), 20));

        assertThat(summary(housing).lastConsultationOn()).isEqualTo(LocalDate.of(2025, 4, 10));
    }

    @Test
    void aClosedEngagementIsNoLongerOpenAndKeepsHowItEnded() {
        fixture.given(opened(clientId, housing), consultation(housing, LocalDate.of(2025, 4, 10), 45),
                closed(clientId, housing));

        EngagementSummary summary = summary(housing);
        assertThat(summary.open()).isFalse();
        assertThat(summary.closure()).isEqualTo(new EngagementSummary.Closure(LocalDate.of(2025, 5, 30),
                ClosureReason.OTHER, "Klientka nastoupila do azylového domu", true,
                "Ozve se po měsíci, zda potřebuje pomoc s dávkami"));
        assertThat(summary.consultationCount()).isEqualTo(1);
    }

    @Test
    void anErasureReplacesTheTextsOfTheClientsEngagementsButKeepsTheFacts() {
        UUID otherClient = UUID.randomUUID();
        UUID otherHousing = UUID.randomUUID();

        fixture.given(opened(clientId, housing), consultation(housing, LocalDate.of(2025, 4, 10), 45),
                closed(clientId, housing), opened(otherClient, otherHousing),
                new ClientErased(clientId, LocalDate.of(2025, 6, 10), "Žádost klientky podle čl. 17 GDPR"));

        EngagementSummary erased = summary(housing);
        assertThat(List.of(erased.title(), erased.goal(), erased.problemTypeNote(), erased.problemDescription(),
                erased.closure().reasonNote(), erased.closure().followUpAgreement())).containsOnly(ERASED);
        assertThat(erased.problemTypes()).containsExactly(ProblemType.LIVING_CONDITIONS, ProblemType.OTHER);
        assertThat(erased.closure().reason()).isEqualTo(ClosureReason.OTHER);
        assertThat(erased.consultationMinutes()).isEqualTo(45);
        assertThat(erased.responsibleWorker()).isEqualTo("bob");
        assertThat(summary(otherHousing).title()).isEqualTo("Bydlení");
    }

    @Test
    void erasedEngagementsHoldWhatAReplayOfTheErasedEventsGives() {
        Object[] history = {opened(clientId, housing), consultation(housing, LocalDate.of(2025, 4, 10), 45),
                closed(clientId, housing),
                new ClientErased(clientId, LocalDate.of(2025, 6, 10), "Žádost klientky podle čl. 17 GDPR")};
        ReadModelFixture replayed = ReadModelFixture.of(new EngagementsReadModel())
                .given(Stream.of(history).map(Erasure::erase).toArray());

        fixture.given(history);

        assertThat(fixture.rows(EngagementView.class)).usingRecursiveComparison()
                .isEqualTo(replayed.rows(EngagementView.class));
    }

    @Test
    void aConsultationInAnEngagementNeverOpenedFails() {
        assertThatThrownBy(() -> fixture.given(consultation(housing, LocalDate.of(2025, 4, 10), 45)))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining(housing.toString());
    }

    private EngagementSummary summary(UUID engagementId) {
        return fixture.rows(EngagementView.class).stream().filter(e -> e.getId().equals(engagementId)).findFirst()
                .orElseThrow().toSummary();
    }

    private static EngagementOpened opened(UUID clientId, UUID engagementId) {
        return new EngagementOpened(engagementId, clientId, "Bydlení", "Udržet si nájemní byt", OPENED_ON, "bob",
                List.of(ProblemType.LIVING_CONDITIONS, ProblemType.OTHER), "Exekuce na mzdu", 3,
                "Dluh na nájemném za tři měsíce, hrozí výpověď");
    }

    private ConsultationRecorded consultation(UUID engagementId, LocalDate date, int minutes) {
        return new ConsultationRecorded(UUID.randomUUID(), engagementId, clientId, date, ConsultationKind.MEETING,
                minutes, ConsultationPlace.CLIENT_HOME, null, "bob", "Sepsali jsme žádost o splátkový kalendář",
                List.of("Jana Dvořáková"), 25);
    }

    private static EngagementClosed closed(UUID clientId, UUID engagementId) {
        return new EngagementClosed(engagementId, clientId, LocalDate.of(2025, 5, 30), ClosureReason.OTHER,
                "Klientka nastoupila do azylového domu", true, "Ozve se po měsíci, zda potřebuje pomoc s dávkami");
    }
}

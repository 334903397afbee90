package org.casework.query.engagement;

import org.casework.domain.Personal;
import org.casework.domain.client.ClientErased;
import org.casework.domain.engagement.ClosureReason;
import org.casework.domain.engagement.ConsultationCorrected;
import org.casework.domain.engagement.ConsultationKind;
import org.casework.domain.engagement.ConsultationPlace;
import org.casework.domain.engagement.ConsultationRecorded;
import org.casework.domain.engagement.ConsultationTotals;
import org.casework.domain.engagement.ConsultationVoided;
import org.casework.domain.engagement.EngagementClosed;
import org.casework.domain.engagement.EngagementClosureCorrected;
import org.casework.domain.engagement.EngagementDetailsEdited;
import org.casework.domain.engagement.EngagementOpened;
import org.casework.domain.engagement.EngagementReopened;
import org.casework.domain.engagement.ProblemType;
import org.casework.query.support.ReadModelFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The engagement view as if the corrected values had been recorded in the first place (issue 20). */
class EngagementCorrectionsTest {

    private static final LocalDate OPENED_ON = LocalDate.of(2025, 3, 10);

    private final UUID clientId = UUID.randomUUID();
    private final UUID housing = UUID.randomUUID();
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final ReadModelFixture fixture = ReadModelFixture.of(new EngagementsReadModel());

    @Test
    void aCorrectedConsultationCountsWithItsCorrectedMinutesAndDate() {
        fixture.given(opened(), consultation(first, LocalDate.of(2025, 4, 10), 45),
                consultation(second, LocalDate.of(2025, 4, 20), 30),
                corrected(second, LocalDate.of(2025, 4, 2), 90, new ConsultationTotals(2, 135,
                        LocalDate.of(2025, 4, 10))));

        EngagementSummary summary = summary();
        assertThat(summary.consultationCount()).isEqualTo(2);
        assertThat(summary.consultationMinutes()).isEqualTo(135);
        assertThat(summary.lastConsultationOn()).isEqualTo(LocalDate.of(2025, 4, 10));
    }

    @Test
    void aVoidedConsultationCountsNowhere() {
        fixture.given(opened(), consultation(first, LocalDate.of(2025, 4, 10), 45),
                consultation(second, LocalDate.of(2025, 4, 20), 30),
                new ConsultationVoided(second, housing, clientId, "duplicate",
                        new ConsultationTotals(1, 45, LocalDate.of(2025, 4, 10))),
                new ConsultationVoided(first, housing, clientId, "wrong engagement",
                        new ConsultationTotals(0, 0, null)));

        EngagementSummary summary = summary();
        assertThat(summary.consultationCount()).isZero();
        assertThat(summary.consultationMinutes()).isZero();
        assertThat(summary.lastConsultationOn()).isNull();
    }

    @Test
    void editedDetailsReplaceTheOnesWrittenAtOpening() {
        fixture.given(opened(), new EngagementDetailsEdited(housing, clientId, "Dluhy", null,
                List.of(ProblemType.FINANCIAL), null, 1, "Dluh u energetické společnosti", "překlep"));

        EngagementSummary summary = summary();
        assertThat(List.of(summary.title(), summary.problemDescription()))
                .containsExactly("Dluhy", "Dluh u energetické společnosti");
        assertThat(summary.goal()).isNull();
        assertThat(summary.problemTypes()).containsExactly(ProblemType.FINANCIAL);
        assertThat(summary.peopleInvolved()).isEqualTo(1);
    }

    @Test
    void aCorrectedClosureReplacesTheClosure() {
        fixture.given(opened(), closed(), new EngagementClosureCorrected(housing, clientId, LocalDate.of(2025, 5, 2),
                ClosureReason.CONTACT_LOST, null, false, null, "špatné datum"));

        assertThat(summary().closure()).isEqualTo(new EngagementSummary.Closure(LocalDate.of(2025, 5, 2),
                ClosureReason.CONTACT_LOST, null, false, null));
    }

    @Test
    void aReopenedEngagementIsOpenAsIfNeverClosed() {
        ReadModelFixture neverClosed = ReadModelFixture.of(new EngagementsReadModel())
                .given(opened(), consultation(first, LocalDate.of(2025, 4, 10), 45));

        fixture.given(opened(), consultation(first, LocalDate.of(2025, 4, 10), 45), closed(),
                new EngagementReopened(housing, clientId, LocalDate.of(2025, 6, 1), "uzavřeno omylem"));

        assertThat(summary().open()).isTrue();
        assertThat(summary().closure()).isNull();
        assertThat(fixture.rows(EngagementView.class)).usingRecursiveComparison()
                .isEqualTo(neverClosed.rows(EngagementView.class));
    }

    @Test
    void anErasureErasesTheEditedTexts() {
        fixture.given(opened(), new EngagementDetailsEdited(housing, clientId, "Dluhy", "Splatit dluh", List.of(),
                        null, null, "Dluh", "překlep"),
                new ClientErased(clientId, LocalDate.of(2025, 6, 10), "Žádost klientky podle čl. 17 GDPR"));

        assertThat(List.of(summary().title(), summary().goal(), summary().problemDescription()))
                .containsOnly(Personal.ERASED);
    }

    private EngagementSummary summary() {
        return fixture.rows(EngagementView.class).stream().filter(e -> e.getId().equals(housing)).findFirst()
                .orElseThrow().toSummary();
    }

    private EngagementOpened opened() {
        return new EngagementOpened(housing, clientId, "Bydlení", "Udržet si nájemní byt", OPENED_ON, "bob",
                List.of(ProblemType.LIVING_CONDITIONS), null, 3, "Dluh na nájemném");
    }

    private ConsultationRecorded consultation(UUID id, LocalDate date, int minutes) {
        return new ConsultationRecorded(id, housing, clientId, date, ConsultationKind.MEETING, minutes,
                ConsultationPlace.IN_OFFICE, null, "bob", "Splátkový kalendář", List.of(), 0);
    }

    private ConsultationCorrected corrected(UUID id, LocalDate date, int minutes, ConsultationTotals totals) {
        return new ConsultationCorrected(id, housing, clientId, date, ConsultationKind.MEETING, minutes,
                ConsultationPlace.IN_OFFICE, null, "bob", "Splátkový kalendář", List.of(), 0, "překlep", totals);
    }

    private EngagementClosed closed() {
        return new EngagementClosed(housing, clientId, LocalDate.of(2025, 5, 30), ClosureReason.SUCCESSFUL, null,
                false, null);
    }
}

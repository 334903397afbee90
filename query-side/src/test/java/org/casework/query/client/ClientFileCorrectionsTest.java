package org.casework.query.client;

import org.casework.domain.client.ClientRegistered;
import org.casework.domain.engagement.ClosureReason;
import org.casework.domain.engagement.ConsultationCorrected;
import org.casework.domain.engagement.ConsultationKind;
import org.casework.domain.engagement.ConsultationPlace;
import org.casework.domain.engagement.ConsultationRecorded;
import org.casework.domain.engagement.ConsultationTotals;
import org.casework.domain.engagement.ConsultationVoided;
import org.casework.domain.engagement.EngagementClosed;
import org.casework.domain.engagement.EngagementOpened;
import org.casework.domain.engagement.EngagementReopened;
import org.casework.query.support.ReadModelFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.query.client.ClientFilesReadModelTest.CLOCK;
import static org.casework.query.client.ClientFilesReadModelTest.JANA;
import static org.casework.query.client.ClientFilesReadModelTest.REGISTERED_ON;
import static org.casework.query.client.ClientFilesReadModelTest.TODAY;

/** A client's last contact and open engagements follow corrections, voids and reopenings (issue 20). */
class ClientFileCorrectionsTest {

    private final UUID clientId = UUID.randomUUID();
    private final UUID housing = UUID.randomUUID();
    private final UUID debts = UUID.randomUUID();
    private final UUID late = UUID.randomUUID();
    private final ReadModelFixture fixture = ReadModelFixture.of(new ClientFilesReadModel(CLOCK));

    @Test
    void voidingTheLatestConsultationMakesTheLatestOfAnyEngagementTheLastContact() {
        fixture.given(new ClientRegistered(clientId, JANA, "bob", REGISTERED_ON), opened(housing), opened(debts),
                consultation(UUID.randomUUID(), housing, LocalDate.of(2025, 4, 10)),
                consultation(UUID.randomUUID(), debts, LocalDate.of(2025, 4, 3)),
                consultation(late, housing, LocalDate.of(2025, 5, 20)),
                new ConsultationVoided(late, housing, clientId, "duplicate",
                        new ConsultationTotals(1, 45, LocalDate.of(2025, 4, 10))));

        assertThat(card().lastContactOn()).isEqualTo(LocalDate.of(2025, 4, 10));
    }

    @Test
    void correctingAConsultationEarlierMovesTheLastContactBackAcrossEngagements() {
        fixture.given(new ClientRegistered(clientId, JANA, "bob", REGISTERED_ON), opened(housing), opened(debts),
                consultation(UUID.randomUUID(), debts, LocalDate.of(2025, 4, 3)),
                consultation(late, housing, LocalDate.of(2025, 5, 20)),
                corrected(late, housing, LocalDate.of(2025, 3, 20)));

        assertThat(card().lastContactOn()).isEqualTo(LocalDate.of(2025, 4, 3));
    }

    @Test
    void voidingEveryConsultationLeavesNoLastContact() {
        fixture.given(new ClientRegistered(clientId, JANA, "bob", REGISTERED_ON), opened(housing),
                consultation(late, housing, LocalDate.of(2025, 5, 20)),
                new ConsultationVoided(late, housing, clientId, "wrong client", new ConsultationTotals(0, 0, null)));

        assertThat(card().lastContactOn()).isNull();
    }

    @Test
    void aReopenedEngagementIsOpenAgainInTheFile() {
        fixture.given(new ClientRegistered(clientId, JANA, "bob", REGISTERED_ON), opened(housing), opened(debts),
                new EngagementClosed(housing, clientId, LocalDate.of(2025, 5, 30), ClosureReason.SUCCESSFUL, null,
                        false, null));
        assertThat(card().openEngagements()).isEqualTo(1);

        fixture.given(new EngagementReopened(housing, clientId, TODAY, "closed by mistake"));

        assertThat(card().openEngagements()).isEqualTo(2);
    }

    private ClientCard card() {
        ClientFile file = fixture.rows(ClientFile.class).stream().filter(f -> f.getId().equals(clientId))
                .findFirst().orElseThrow();
        return file.toCard(List.of(), null, null, TODAY);
    }

    private EngagementOpened opened(UUID engagementId) {
        return new EngagementOpened(engagementId, clientId, "Bydlení", null, LocalDate.of(2025, 3, 10), "bob",
                List.of(), null, null, null);
    }

    private ConsultationRecorded consultation(UUID id, UUID engagementId, LocalDate date) {
        return new ConsultationRecorded(id, engagementId, clientId, date, ConsultationKind.MEETING, 45,
                ConsultationPlace.IN_OFFICE, null, "bob", null, List.of(), 0);
    }

    private ConsultationCorrected corrected(UUID id, UUID engagementId, LocalDate date) {
        return new ConsultationCorrected(id, engagementId, clientId, date, ConsultationKind.MEETING, 45,
                ConsultationPlace.IN_OFFICE, null, "bob", null, List.of(), 0, "wrong day",
                new ConsultationTotals(1, 45, date));
    }
}

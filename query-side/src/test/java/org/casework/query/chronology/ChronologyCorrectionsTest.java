package org.casework.query.chronology;

import org.casework.domain.Personal;
import org.casework.domain.client.ClientErased;
import org.casework.domain.engagement.ConsultationCorrected;
import org.casework.domain.engagement.ConsultationKind;
import org.casework.domain.engagement.ConsultationPlace;
import org.casework.domain.engagement.ConsultationRecorded;
import org.casework.domain.engagement.ConsultationTotals;
import org.casework.domain.engagement.ConsultationVoided;
import org.casework.query.support.ReadModelFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The chronology shows consultations as corrected, and voided ones not at all (issue 20). */
class ChronologyCorrectionsTest {

    private final UUID clientId = UUID.randomUUID();
    private final UUID engagementId = UUID.randomUUID();
    private final UUID visit = UUID.randomUUID();
    private final UUID call = UUID.randomUUID();
    private final ReadModelFixture fixture = ReadModelFixture.of(new ChronologyReadModel());

    @Test
    void aCorrectedConsultationShowsEveryCorrectedFieldAndKeepsItsFirstRecording() {
        fixture.given(recorded(visit, LocalDate.of(2025, 4, 10)), corrected(visit, LocalDate.of(2025, 4, 9)));

        assertThat(rows()).containsExactly(new ChronologyRow(visit, LocalDate.of(2025, 4, 9),
                ConsultationKind.PHONE, 20, null, ConsultationPlace.IN_OFFICE, null, "carol",
                "Telefonát, ne schůzka", List.of(), clientId, "Jana Dvořáková", engagementId, "Bydlení",
                ReadModelFixture.recordedAt(0), ReadModelFixture.ACTOR));
    }

    @Test
    void aVoidedConsultationLeavesTheChronology() {
        fixture.given(recorded(visit, LocalDate.of(2025, 4, 10)), recorded(call, LocalDate.of(2025, 4, 14)),
                new ConsultationVoided(visit, engagementId, clientId, "zapsáno do špatné zakázky",
                        new ConsultationTotals(1, 60, LocalDate.of(2025, 4, 14))));

        assertThat(rows()).extracting(ChronologyRow::id).containsExactly(call);
    }

    @Test
    void theChronologyEqualsOneInWhichTheCorrectedValuesWereRecordedFirst() {
        ReadModelFixture straight = ReadModelFixture.of(new ChronologyReadModel())
                .given(asRecorded(corrected(visit, LocalDate.of(2025, 4, 9))));

        fixture.given(recorded(visit, LocalDate.of(2025, 4, 10)), recorded(call, LocalDate.of(2025, 4, 14)),
                corrected(visit, LocalDate.of(2025, 4, 9)),
                new ConsultationVoided(call, engagementId, clientId, "duplicate",
                        new ConsultationTotals(1, 20, LocalDate.of(2025, 4, 9))));

        assertThat(fixture.rows(ChronologyEntry.class)).usingRecursiveComparison()
                .isEqualTo(straight.rows(ChronologyEntry.class));
    }

    @Test
    void anErasureErasesTheCorrectedTexts() {
        fixture.given(recorded(visit, LocalDate.of(2025, 4, 10)), corrected(visit, LocalDate.of(2025, 4, 9)),
                new ClientErased(clientId, LocalDate.of(2025, 6, 10), "Žádost klientky podle čl. 17 GDPR"));

        assertThat(rows().get(0).record()).isEqualTo(Personal.ERASED);
        assertThat(rows().get(0).date()).isEqualTo(LocalDate.of(2025, 4, 9));
    }

    private List<ChronologyRow> rows() {
        return fixture.rows(ChronologyEntry.class).stream().map(entry -> entry.toRow("Jana Dvořáková", "Bydlení"))
                .toList();
    }

    private ConsultationRecorded recorded(UUID id, LocalDate date) {
        return new ConsultationRecorded(id, engagementId, clientId, date, ConsultationKind.MEETING, 60,
                ConsultationPlace.ELSEWHERE, "Úřad práce v Kladně", "bob", "Doprovod na úřad práce",
                List.of("Jana Dvořáková"), 40);
    }

    private ConsultationCorrected corrected(UUID id, LocalDate date) {
        return new ConsultationCorrected(id, engagementId, clientId, date, ConsultationKind.PHONE, 20,
                ConsultationPlace.IN_OFFICE, null, "carol", "Telefonát, ne schůzka", List.of(), null,
                "zapsáno jako schůzka", new ConsultationTotals(1, 20, date));
    }

    private static ConsultationRecorded asRecorded(ConsultationCorrected e) {
        return new ConsultationRecorded(e.consultationId(), e.engagementId(), e.clientId(), e.date(), e.kind(),
                e.durationMinutes(), e.place(), e.placeNote(), e.worker(), e.record(), e.participants(),
                e.travelMinutes());
    }
}

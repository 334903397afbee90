package org.casework.query.chronology;

import org.casework.domain.Erasure;
import org.casework.domain.Personal;
import org.casework.domain.client.ClientErased;
import org.casework.domain.engagement.ConsultationKind;
import org.casework.domain.engagement.ConsultationPlace;
import org.casework.domain.engagement.ConsultationRecorded;
import org.casework.query.support.ReadModelFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ChronologyReadModelTest {

    static final String ERASED = Personal.ERASED;

    private final UUID clientId = UUID.randomUUID();
    private final UUID engagementId = UUID.randomUUID();
    private final ReadModelFixture fixture = ReadModelFixture.of(new ChronologyReadModel());

    @Test
    void aConsultationBecomesAnEntryRecordedAtAndByWhatItsMetadataSays() {
        ConsultationRecorded visit = visit(clientId, LocalDate.of(2025, 4, 10));

        fixture.given(visit);

        assertThat(rows()).containsExactly(new ChronologyRow(visit.consultationId(), LocalDate.of(2025, 4, 10),
                ConsultationKind.MEETING, 60, 40, ConsultationPlace.ELSEWHERE, "Úřad práce v Kladně", "bob",
                "Doprovod na úřad práce, podána žádost o příspěvek na bydlení",
                List.of("Jana Dvořáková", "Mgr. Eva Malá"), clientId, "Jana Dvořáková", engagementId, "Bydlení",
                ReadModelFixture.recordedAt(0), ReadModelFixture.ACTOR));
    }

    @Test
    void everyConsultationIsAnEntryOfItsOwnWithItsOwnRecordingTime() {
        fixture.given(visit(clientId, LocalDate.of(2025, 4, 10)), call(clientId, LocalDate.of(2025, 4, 14)),
                visit(clientId, LocalDate.of(2025, 4, 2)));

        assertThat(rows()).extracting(ChronologyRow::date, ChronologyRow::kind, ChronologyRow::recordedAt)
                .containsExactly(
                        tuple(LocalDate.of(2025, 4, 10), ConsultationKind.MEETING, ReadModelFixture.recordedAt(0)),
                        tuple(LocalDate.of(2025, 4, 14), ConsultationKind.PHONE, ReadModelFixture.recordedAt(1)),
                        tuple(LocalDate.of(2025, 4, 2), ConsultationKind.MEETING, ReadModelFixture.recordedAt(2)));
    }

    @Test
    void anErasureReplacesTheRecordPlaceAndParticipantsOfTheClientsEntriesOnly() {
        UUID otherClient = UUID.randomUUID();

        fixture.given(visit(clientId, LocalDate.of(2025, 4, 10)), visit(otherClient, LocalDate.of(2025, 4, 11)),
                new ClientErased(clientId, LocalDate.of(2025, 6, 10), "Žádost klientky podle čl. 17 GDPR"));

        List<ChronologyRow> rows = rows();
        assertThat(rows.get(0).record()).isEqualTo(ERASED);
        assertThat(rows.get(0).placeNote()).isEqualTo(ERASED);
        assertThat(rows.get(0).participants()).containsExactly(ERASED, ERASED);
        assertThat(rows.get(0).date()).isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(rows.get(0).durationMinutes()).isEqualTo(60);
        assertThat(rows.get(0).worker()).isEqualTo("bob");
        assertThat(rows.get(1).record()).isEqualTo("Doprovod na úřad práce, podána žádost o příspěvek na bydlení");
    }

    @Test
    void erasedEntriesHoldWhatAReplayOfTheErasedEventsGives() {
        Object[] history = {visit(clientId, LocalDate.of(2025, 4, 10)), call(clientId, LocalDate.of(2025, 4, 14)),
                new ClientErased(clientId, LocalDate.of(2025, 6, 10), "Žádost klientky podle čl. 17 GDPR")};
        ReadModelFixture replayed = ReadModelFixture.of(new ChronologyReadModel())
                .given(Stream.of(history).map(Erasure::erase).toArray());

        fixture.given(history);

        assertThat(fixture.rows(ChronologyEntry.class)).usingRecursiveComparison()
                .isEqualTo(replayed.rows(ChronologyEntry.class));
    }

    /** The entries as the chronology lists them, with names the query handler would look up. */
    private List<ChronologyRow> rows() {
        return fixture.rows(ChronologyEntry.class).stream().map(entry -> entry.toRow("Jana Dvořáková", "Bydlení"))
                .toList();
    }

    private ConsultationRecorded visit(UUID client, LocalDate date) {
        return new ConsultationRecorded(UUID.randomUUID(), engagementId, client, date, ConsultationKind.MEETING, 60,
                ConsultationPlace.ELSEWHERE, "Úřad práce v Kladně", "bob",
                "Doprovod na úřad práce, podána žádost o příspěvek na bydlení",
                List.of("Jana Dvořáková", "Mgr. Eva Malá"), 40);
    }

    private ConsultationRecorded call(UUID client, LocalDate date) {
        return new ConsultationRecorded(UUID.randomUUID(), engagementId, client, date, ConsultationKind.PHONE, 15,
                ConsultationPlace.IN_OFFICE, null, "carol", "Domluven termín další schůzky", List.of(), 0);
    }
}

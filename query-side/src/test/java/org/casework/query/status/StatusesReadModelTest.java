package org.casework.query.status;

import org.assertj.core.groups.Tuple;
import org.casework.domain.Erasure;
import org.casework.domain.Personal;
import org.casework.domain.client.ClientErased;
import org.casework.domain.family.FamilyStatusRecorded;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusRecorded;
import org.casework.domain.status.StatusSource;
import org.casework.query.care.FileKind;
import org.casework.query.support.ReadModelFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Periods and counts per day are read by field name, the names of their tables' columns (the statistics read them in
 * SQL).
 */
class StatusesReadModelTest {

    static final String ERASED = Personal.ERASED;
    static final String[] PERIOD = {"status", "reason", "startedOn", "endedOn"};
    static final StatusEntry APPLICANT = manual(Status.APPLICANT, LocalDate.of(2025, 2, 10));
    static final StatusEntry SERVICE_USER = manual(Status.SERVICE_USER, LocalDate.of(2025, 4, 1));
    static final StatusEntry CONTACTED = manual(Status.CONTACTED, LocalDate.of(2025, 1, 20));
    static final StatusEntry NO_CONTACT = new StatusEntry(Status.TERMINATED, LocalDate.of(2025, 7, 1),
            StatusReason.DID_NOT_COME, null, "90 dní bez konzultace", StatusSource.AUTOMATIC);
    static final StatusEntry STILL_COMING = new StatusEntry(Status.SERVICE_USER, LocalDate.of(2025, 7, 1), null,
            null, "Klientka dochází, konzultace zapsána pozdě", StatusSource.MANUAL);

    private final UUID clientId = UUID.randomUUID();
    private final UUID familyId = UUID.randomUUID();
    private final ReadModelFixture fixture = ReadModelFixture.of(new StatusesReadModel());

    @Test
    void everyEntryIsKeptInRecordingOrderWithWhoRecordedItAndWhen() {
        fixture.given(recorded(APPLICANT), recorded(SERVICE_USER), recorded(CONTACTED));

        List<StatusEntryView> entries = fixture.rows(StatusEntryView.class);
        assertThat(entries).extracting(StatusEntryView::entry).containsExactly(APPLICANT, SERVICE_USER, CONTACTED);
        assertThat(entries).extracting(StatusEntryView::recordedAt).containsExactly(ReadModelFixture.recordedAt(0),
                ReadModelFixture.recordedAt(1), ReadModelFixture.recordedAt(2));
        assertThat(entries).extracting(StatusEntryView::recordedBy).containsOnly(ReadModelFixture.ACTOR);
        assertThat(entries).extracting(StatusEntryView::fileId).containsOnly(clientId);
        assertThat(entries).extracting(StatusEntryView::getId).doesNotHaveDuplicates().doesNotContainNull();
    }

    @Test
    void thePeriodsAreRecomputedFromTheWholeHistoryWhenABackdatedEntryArrives() {
        fixture.given(recorded(APPLICANT), recorded(SERVICE_USER));

        assertThat(fixture.rows(StatusPeriodView.class)).extracting(PERIOD).containsExactly(
                period(Status.APPLICANT, null, LocalDate.of(2025, 2, 10), LocalDate.of(2025, 4, 1)),
                period(Status.SERVICE_USER, null, LocalDate.of(2025, 4, 1), null));

        fixture.given(recorded(CONTACTED));

        assertThat(fixture.rows(StatusPeriodView.class)).extracting(PERIOD).containsExactly(
                period(Status.CONTACTED, null, LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 10)),
                period(Status.APPLICANT, null, LocalDate.of(2025, 2, 10), LocalDate.of(2025, 4, 1)),
                period(Status.SERVICE_USER, null, LocalDate.of(2025, 4, 1), null));
    }

    @Test
    void aWorkersEntryOutranksAnAutomaticOneOfTheSameDayAndEqualPeriodsMerge() {
        fixture.given(recorded(SERVICE_USER), recorded(NO_CONTACT));

        assertThat(fixture.rows(StatusPeriodView.class)).extracting(PERIOD).containsExactly(
                period(Status.SERVICE_USER, null, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 7, 1)),
                period(Status.TERMINATED, StatusReason.DID_NOT_COME, LocalDate.of(2025, 7, 1), null));

        fixture.given(recorded(STILL_COMING));

        assertThat(fixture.rows(StatusPeriodView.class)).extracting(PERIOD)
                .containsExactly(period(Status.SERVICE_USER, null, LocalDate.of(2025, 4, 1), null));
    }

    @Test
    void aPeriodKnowsWhenTheFilesPreviousPeriodInTheSameStatusStarted() {
        StatusEntry rejected = new StatusEntry(Status.REJECTED, LocalDate.of(2025, 3, 1), StatusReason.CAPACITY,
                null, null, StatusSource.MANUAL);
        StatusEntry again = manual(Status.APPLICANT, LocalDate.of(2025, 5, 1));

        fixture.given(recorded(APPLICANT), recorded(again), recorded(rejected));

        assertThat(fixture.rows(StatusPeriodView.class)).extracting("status", "startedOn", "previousStartedOn")
                .containsExactly(tuple(Status.APPLICANT, LocalDate.of(2025, 2, 10), null),
                        tuple(Status.REJECTED, LocalDate.of(2025, 3, 1), null),
                        tuple(Status.APPLICANT, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 2, 10)));
    }

    @Test
    void eachDayCountsThePeriodsStartedAndEndedAndTheEntriesTakingEffectThen() {
        fixture.given(recorded(APPLICANT), recorded(SERVICE_USER), new FamilyStatusRecorded(familyId, SERVICE_USER),
                recorded(NO_CONTACT), recorded(CONTACTED));

        assertThat(fixture.rows(StatusDayView.class))
                .extracting("day", "fileKind", "status", "reason", "periodsStarted", "periodsEnded")
                .containsExactly(
                        tuple(CONTACTED.effectiveDate(), FileKind.CLIENT, Status.CONTACTED, null, 1, 0),
                        tuple(APPLICANT.effectiveDate(), FileKind.CLIENT, Status.CONTACTED, null, 0, 1),
                        tuple(APPLICANT.effectiveDate(), FileKind.CLIENT, Status.APPLICANT, null, 1, 0),
                        tuple(SERVICE_USER.effectiveDate(), FileKind.CLIENT, Status.APPLICANT, null, 0, 1),
                        tuple(SERVICE_USER.effectiveDate(), FileKind.CLIENT, Status.SERVICE_USER, null, 1, 0),
                        tuple(SERVICE_USER.effectiveDate(), FileKind.FAMILY, Status.SERVICE_USER, null, 1, 0),
                        tuple(NO_CONTACT.effectiveDate(), FileKind.CLIENT, Status.SERVICE_USER, null, 0, 1),
                        tuple(NO_CONTACT.effectiveDate(), FileKind.CLIENT, Status.TERMINATED,
                                StatusReason.DID_NOT_COME, 1, 0));
        assertThat(fixture.rows(StatusEntryDayView.class)).extracting("day", "fileKind", "source", "entries")
                .containsExactly(
                        tuple(CONTACTED.effectiveDate(), FileKind.CLIENT, StatusSource.MANUAL, 1),
                        tuple(APPLICANT.effectiveDate(), FileKind.CLIENT, StatusSource.MANUAL, 1),
                        tuple(SERVICE_USER.effectiveDate(), FileKind.CLIENT, StatusSource.MANUAL, 1),
                        tuple(SERVICE_USER.effectiveDate(), FileKind.FAMILY, StatusSource.MANUAL, 1),
                        tuple(NO_CONTACT.effectiveDate(), FileKind.CLIENT, StatusSource.AUTOMATIC, 1));
    }

    @Test
    void aDayWhoseCountsCancelOutHasNoRow() {
        StatusEntry later = manual(Status.SERVICE_USER, LocalDate.of(2025, 2, 10));

        // the worker's second entry of the same day wins: the applicant period of that day is gone
        fixture.given(recorded(APPLICANT), recorded(later));

        assertThat(fixture.rows(StatusDayView.class)).extracting("day", "status", "periodsStarted", "periodsEnded")
                .containsExactly(tuple(LocalDate.of(2025, 2, 10), Status.SERVICE_USER, 1, 0));
    }

    @Test
    void aClientsAndAFamilysEntriesAreKeptApartByKind() {
        fixture.given(recorded(APPLICANT), new FamilyStatusRecorded(familyId, SERVICE_USER));

        assertThat(fixture.rows(StatusEntryView.class))
                .extracting(StatusEntryView::fileKind, StatusEntryView::fileId, StatusEntryView::entry)
                .containsExactly(tuple(FileKind.CLIENT, clientId, APPLICANT),
                        tuple(FileKind.FAMILY, familyId, SERVICE_USER));
        assertThat(fixture.rows(StatusPeriodView.class)).extracting("fileKind", "fileId", "status", "endedOn")
                .containsExactly(tuple(FileKind.CLIENT, clientId, Status.APPLICANT, null),
                        tuple(FileKind.FAMILY, familyId, Status.SERVICE_USER, null));
    }

    @Test
    void anErasureReplacesTheNotesOfTheClientsEntriesOnly() {
        StatusEntry rejected = new StatusEntry(Status.REJECTED, LocalDate.of(2025, 3, 1), StatusReason.OTHER,
                "Odmítla podepsat smlouvu", "Podle manžela se odstěhuje", StatusSource.MANUAL);
        UUID otherClient = UUID.randomUUID();

        fixture.given(recorded(APPLICANT), recorded(rejected), new FamilyStatusRecorded(familyId, STILL_COMING),
                new StatusRecorded(otherClient, rejected),
                new ClientErased(clientId, LocalDate.of(2025, 6, 10), "Žádost klientky podle čl. 17 GDPR"));

        assertThat(fixture.rows(StatusEntryView.class)).extracting(StatusEntryView::entry).containsExactly(
                APPLICANT,
                new StatusEntry(Status.REJECTED, LocalDate.of(2025, 3, 1), StatusReason.OTHER, ERASED, ERASED,
                        StatusSource.MANUAL),
                STILL_COMING,
                rejected);
    }

    @Test
    void erasedEntriesHoldWhatAReplayOfTheErasedEventsGives() {
        StatusEntry rejected = new StatusEntry(Status.REJECTED, LocalDate.of(2025, 3, 1), StatusReason.OTHER,
                "Odmítla podepsat smlouvu", "Podle manžela se odstěhuje", StatusSource.MANUAL);
        Object[] history = {recorded(APPLICANT), recorded(rejected),
                new ClientErased(clientId, LocalDate.of(2025, 6, 10), "Žádost klientky podle čl. 17 GDPR")};
        ReadModelFixture replayed = ReadModelFixture.of(new StatusesReadModel())
                .given(Stream.of(history).map(Erasure::erase).toArray());

        fixture.given(history);

        assertThat(fixture.rows(Object.class)).usingRecursiveComparison().ignoringFields("eventId")
                .isEqualTo(replayed.rows(Object.class));
    }

    private static Tuple period(Status status, StatusReason reason, LocalDate startedOn, LocalDate endedOn) {
        return tuple(status, reason, startedOn, endedOn);
    }

    private StatusRecorded recorded(StatusEntry entry) {
        return new StatusRecorded(clientId, entry);
    }

    private static StatusEntry manual(Status status, LocalDate effectiveDate) {
        return new StatusEntry(status, effectiveDate, null, null, null, StatusSource.MANUAL);
    }
}

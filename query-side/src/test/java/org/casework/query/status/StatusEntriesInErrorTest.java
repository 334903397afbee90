package org.casework.query.status;

import org.casework.domain.family.FamilyStatusEnteredInError;
import org.casework.domain.family.FamilyStatusRecorded;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEnteredInError;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusRecorded;
import org.casework.domain.status.StatusSource;
import org.casework.query.care.FileKind;
import org.casework.query.support.ReadModelFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** An entry marked as entered in error stays in the history and stops counting in periods and per-day counts. */
class StatusEntriesInErrorTest {

    static final StatusEntry APPLICANT = new StatusEntry(Status.APPLICANT, LocalDate.of(2025, 11, 1), null, null,
            null, StatusSource.AUTOMATIC);
    static final StatusEntry REJECTED = new StatusEntry(Status.REJECTED, LocalDate.of(2025, 12, 1),
            StatusReason.DID_NOT_COME, null, null, StatusSource.AUTOMATIC);
    static final StatusEntry SERVICE_USER = new StatusEntry(Status.SERVICE_USER, LocalDate.of(2025, 11, 11), null,
            null, null, StatusSource.MANUAL);

    private final UUID clientId = UUID.randomUUID();
    private final UUID familyId = UUID.randomUUID();
    private final ReadModelFixture fixture = ReadModelFixture.of(new StatusesReadModel());

    @Test
    void theEntryInErrorKeepsItsPlaceWithWhoMarkedItWhenAndWhy() {
        fixture.given(recorded(APPLICANT), recorded(REJECTED),
                new StatusEnteredInError(clientId, 1, "no-contact: contradicted", true));

        assertThat(fixture.rows(StatusEntryView.class)).extracting(StatusEntryView::entry, StatusEntryView::error)
                .containsExactly(tuple(APPLICANT, null), tuple(REJECTED, new StatusQueries.InError(
                        "no-contact: contradicted", true, ReadModelFixture.ACTOR, ReadModelFixture.recordedAt(2))));
    }

    @Test
    void periodsAndDayCountsNoLongerCountIt() {
        fixture.given(recorded(APPLICANT), recorded(SERVICE_USER), recorded(REJECTED),
                new StatusEnteredInError(clientId, 2, "wrong", false));

        assertThat(fixture.rows(StatusPeriodView.class)).extracting("status", "startedOn", "endedOn")
                .containsExactly(tuple(Status.APPLICANT, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 11)),
                        tuple(Status.SERVICE_USER, LocalDate.of(2025, 11, 11), null));
        assertThat(fixture.rows(StatusDayView.class)).extracting("day", "status", "periodsStarted", "periodsEnded")
                .containsExactly(tuple(LocalDate.of(2025, 11, 1), Status.APPLICANT, 1, 0),
                        tuple(LocalDate.of(2025, 11, 11), Status.APPLICANT, 0, 1),
                        tuple(LocalDate.of(2025, 11, 11), Status.SERVICE_USER, 1, 0));
        assertThat(fixture.rows(StatusEntryDayView.class)).extracting("day", "source", "entries")
                .containsExactly(tuple(LocalDate.of(2025, 11, 1), StatusSource.AUTOMATIC, 1),
                        tuple(LocalDate.of(2025, 11, 11), StatusSource.MANUAL, 1));
    }

    @Test
    void aFamilysEntryIsAddressedWithinTheFamilysOwnHistory() {
        fixture.given(recorded(APPLICANT), new FamilyStatusRecorded(familyId, APPLICANT),
                new FamilyStatusRecorded(familyId, SERVICE_USER), new FamilyStatusEnteredInError(familyId, 1, "x",
                        false));

        assertThat(fixture.rows(StatusPeriodView.class)).extracting("fileKind", "status", "endedOn")
                .containsExactly(tuple(FileKind.CLIENT, Status.APPLICANT, null),
                        tuple(FileKind.FAMILY, Status.APPLICANT, null));
    }

    private StatusRecorded recorded(StatusEntry entry) {
        return new StatusRecorded(clientId, entry);
    }
}

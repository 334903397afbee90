package org.casework.command.status;

import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusSource;
import org.casework.domain.status.StatusTimeline;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatusTimelineTest {

    static final LocalDate MAY_1 = LocalDate.of(2025, 5, 1);
    static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);

    static StatusEntry manual(Status status, LocalDate on) {
        return new StatusEntry(status, on, status.takesReason() ? StatusReason.CLIENT_DECISION : null, null, null,
                StatusSource.MANUAL);
    }

    static StatusEntry automatic(Status status, LocalDate on) {
        return new StatusEntry(status, on, status.takesReason() ? StatusReason.DID_NOT_COME : null, null, null,
                StatusSource.AUTOMATIC);
    }

    @Test
    void manualEntryWinsOverAutomaticOnTheSameDayWhenRecordedFirst() {
        StatusEntry manual = manual(Status.SUSPENDED, JUNE_1);
        StatusTimeline timeline = new StatusTimeline(List.of(automatic(Status.SERVICE_USER, MAY_1), manual,
                automatic(Status.TERMINATED, JUNE_1)));

        assertThat(timeline.current()).contains(manual);
        assertThat(timeline.isOverridden(2)).isTrue();
        assertThat(timeline.isCurrent(1)).isTrue();
    }

    @Test
    void manualEntryWinsOverAutomaticOnTheSameDayWhenRecordedLater() {
        StatusEntry manual = manual(Status.SUSPENDED, JUNE_1);
        StatusTimeline timeline = new StatusTimeline(List.of(automatic(Status.SERVICE_USER, MAY_1),
                automatic(Status.TERMINATED, JUNE_1), manual));

        assertThat(timeline.current()).contains(manual);
        assertThat(timeline.isOverridden(1)).isTrue();
    }

    @Test
    void familyEntryCountsAsAWorkersEntryAgainstAnAutomaticOne() {
        StatusEntry family = new StatusEntry(Status.SUSPENDED, JUNE_1, null, null, null, StatusSource.FAMILY);
        StatusTimeline timeline = new StatusTimeline(List.of(family, automatic(Status.REJECTED, JUNE_1)));

        assertThat(timeline.current()).contains(family);
    }

    @Test
    void backdatedManualEntryOlderThanTheCurrentOneDoesNotBecomeCurrent() {
        StatusEntry current = automatic(Status.SERVICE_USER, JUNE_1);
        StatusEntry backdated = manual(Status.APPLICANT, MAY_1);
        StatusTimeline timeline = new StatusTimeline(List.of(current, backdated));

        assertThat(timeline.current()).contains(current);
        assertThat(timeline.on(MAY_1.plusDays(10))).contains(backdated);
        assertThat(timeline.isOverridden(1)).isFalse();
    }

    @Test
    void betweenTwoManualEntriesOfOneDayTheLaterRecordedWins() {
        StatusEntry second = manual(Status.REJECTED, JUNE_1);
        StatusTimeline timeline = new StatusTimeline(List.of(manual(Status.APPLICANT, JUNE_1), second));

        assertThat(timeline.current()).contains(second);
    }

    @Test
    void nothingIsInForceBeforeTheFirstEntry() {
        StatusTimeline timeline = new StatusTimeline(List.of(manual(Status.APPLICANT, JUNE_1)));

        assertThat(timeline.on(MAY_1)).isEmpty();
        assertThat(StatusTimeline.empty().current()).isEmpty();
    }

    @Test
    void periodsFollowTheWinnersAndJoinRepeatedStatuses() {
        StatusTimeline timeline = new StatusTimeline(List.of(
                automatic(Status.APPLICANT, MAY_1),
                automatic(Status.SERVICE_USER, JUNE_1),
                manual(Status.APPLICANT, MAY_1.plusDays(5)),
                automatic(Status.TERMINATED, JUNE_1.plusDays(30)),
                manual(Status.SERVICE_USER, JUNE_1.plusDays(30))));

        assertThat(timeline.periods()).extracting(StatusTimeline.Period::status, StatusTimeline.Period::from,
                        StatusTimeline.Period::until)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Status.APPLICANT, MAY_1, JUNE_1),
                        org.assertj.core.groups.Tuple.tuple(Status.SERVICE_USER, JUNE_1, null));
    }

    @Test
    void anEntryInErrorStopsCountingButStaysInTheHistory() {
        StatusTimeline timeline = new StatusTimeline(List.of(
                automatic(Status.APPLICANT, MAY_1),
                manual(Status.SERVICE_USER, JUNE_1),
                automatic(Status.REJECTED, JUNE_1.plusDays(10)))).withError(2);

        assertThat(timeline.current()).contains(manual(Status.SERVICE_USER, JUNE_1));
        assertThat(timeline.isCurrent(1)).isTrue();
        assertThat(timeline.isInError(2)).isTrue();
        assertThat(timeline.statusOn(JUNE_1.plusDays(20))).contains(Status.SERVICE_USER);
        assertThat(timeline.inEffectiveOrder()).containsExactly(0, 1, 2);
        assertThat(timeline.periods()).extracting(StatusTimeline.Period::status, StatusTimeline.Period::from,
                        StatusTimeline.Period::until)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Status.APPLICANT, MAY_1, JUNE_1),
                        org.assertj.core.groups.Tuple.tuple(Status.SERVICE_USER, JUNE_1, null));
    }

    @Test
    void aWorkersEntryInErrorNoLongerOverridesTheAutomaticOneOfItsDay() {
        StatusTimeline timeline = new StatusTimeline(List.of(
                automatic(Status.SERVICE_USER, JUNE_1),
                manual(Status.REJECTED, JUNE_1)));

        assertThat(timeline.isOverridden(0)).isTrue();
        StatusTimeline corrected = timeline.withError(1);
        assertThat(corrected.isOverridden(0)).isFalse();
        assertThat(corrected.isOverridden(1)).isFalse();
        assertThat(corrected.current()).contains(automatic(Status.SERVICE_USER, JUNE_1));
        assertThat(corrected.with(manual(Status.APPLICANT, JUNE_1)).inError()).containsExactly(1);
    }

    @Test
    void aHistoryWhoseOnlyEntryIsInErrorHasNoStatus() {
        StatusTimeline timeline = new StatusTimeline(List.of(manual(Status.APPLICANT, JUNE_1))).withError(0);

        assertThat(timeline.current()).isEmpty();
        assertThat(timeline.periods()).isEmpty();
    }
}

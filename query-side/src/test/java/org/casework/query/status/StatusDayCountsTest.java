package org.casework.query.status;

import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusSource;
import org.casework.query.care.FileKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-day counts a batch adds up from its events' changes. */
class StatusDayCountsTest {

    private final StatusEntryView automaticEntry = new StatusEntryView("event-1", FileKind.CLIENT, UUID.randomUUID(),
            1, new StatusEntry(Status.REJECTED, LocalDate.of(2026, 11, 10), null, null, null, StatusSource.AUTOMATIC),
            Instant.parse("2026-11-10T08:00:00Z"), "system");

    @Test
    void anEntryAddedByOneEventAndMarkedInErrorByAnotherOfTheBatchChangesNoDay() {
        StatusDayCounts added = new StatusDayCounts();
        added.added(automaticEntry);
        StatusDayCounts inError = new StatusDayCounts();
        inError.removed(automaticEntry);

        StatusDayCounts batch = new StatusDayCounts();
        batch.add(added);
        batch.add(inError);

        assertThat(batch.isEmpty()).isTrue();
    }

    @Test
    void entriesOfOneDayAddUp() {
        StatusDayCounts batch = new StatusDayCounts();
        for (int i = 0; i < 3; i++) {
            StatusDayCounts one = new StatusDayCounts();
            one.added(automaticEntry);
            batch.add(one);
        }
        StatusDayCounts inError = new StatusDayCounts();
        inError.removed(automaticEntry);
        batch.add(inError);

        Map<LocalDate, Integer> entries = new HashMap<>();
        batch.forEachEntries((key, count) -> entries.put(key.day(), count));
        assertThat(entries).containsExactly(Map.entry(LocalDate.of(2026, 11, 10), 2));
    }
}

package org.casework.query.status;

import org.casework.domain.status.Status;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusSource;
import org.casework.query.care.FileKind;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * How many periods started and ended, and how many entries took effect, on each day: as totals (a rebuild counts
 * every row it keeps) or as changes (the live store counts what one transaction added and removed). Kept in key
 * order, so every transaction writes its changes to shared rows in the same order and none waits for another in a
 * cycle.
 */
final class StatusDayCounts {

    record PeriodKey(LocalDate day, FileKind fileKind, Status status, StatusReason reason) {

        static final Comparator<PeriodKey> ORDER = Comparator.comparing(PeriodKey::day)
                .thenComparing(PeriodKey::fileKind).thenComparing(PeriodKey::status)
                .thenComparing(PeriodKey::reason, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    record EntryKey(LocalDate day, FileKind fileKind, StatusSource source) {

        static final Comparator<EntryKey> ORDER = Comparator.comparing(EntryKey::day)
                .thenComparing(EntryKey::fileKind).thenComparing(EntryKey::source);
    }

    /** Periods started and ended on one day; negative for a change that removed more than it added. */
    record Periods(int started, int ended) {

        Periods plus(Periods other) {
            return new Periods(started + other.started, ended + other.ended);
        }

        boolean isZero() {
            return started == 0 && ended == 0;
        }

        boolean lessens() {
            return started < 0 || ended < 0;
        }
    }

    private final Map<PeriodKey, Periods> periods = new TreeMap<>(PeriodKey.ORDER);
    private final Map<EntryKey, Integer> entries = new TreeMap<>(EntryKey.ORDER);

    void added(StatusPeriodView period) {
        count(period, 1);
    }

    void removed(StatusPeriodView period) {
        count(period, -1);
    }

    void added(StatusEntryView entry) {
        countEntry(entry, 1);
    }

    /** An entry marked in error no longer counts. */
    void removed(StatusEntryView entry) {
        countEntry(entry, -1);
    }

    private void countEntry(StatusEntryView entry, int sign) {
        EntryKey key = new EntryKey(entry.entry().effectiveDate(), entry.fileKind(), entry.entry().source());
        int sum = entries.getOrDefault(key, 0) + sign;
        if (sum == 0) {
            entries.remove(key);
        } else {
            entries.put(key, sum);
        }
    }

    void add(StatusDayCounts other) {
        other.periods.forEach(this::change);
        // an entry added by one event and marked in error by another of the same batch is no change at all
        other.entries.forEach((key, added) -> entries.merge(key, added, (sum, more) -> sum + more == 0 ? null
                : sum + more));
    }

    boolean isEmpty() {
        return periods.isEmpty() && entries.isEmpty();
    }

    /** The days whose period counts changed, in key order. */
    void forEachPeriods(BiConsumer<PeriodKey, Periods> action) {
        periods.forEach(action);
    }

    /** The days whose entry counts changed, in key order. */
    void forEachEntries(BiConsumer<EntryKey, Integer> action) {
        entries.forEach(action);
    }

    private void count(StatusPeriodView period, int sign) {
        change(new PeriodKey(period.startedOn(), period.fileKind(), period.status(), period.reason()),
                new Periods(sign, 0));
        if (period.endedOn() != null) {
            change(new PeriodKey(period.endedOn(), period.fileKind(), period.status(), period.reason()),
                    new Periods(0, sign));
        }
    }

    private void change(PeriodKey key, Periods change) {
        Periods sum = periods.getOrDefault(key, new Periods(0, 0)).plus(change);
        if (sum.isZero()) {
            periods.remove(key);
        } else {
            periods.put(key, sum);
        }
    }
}

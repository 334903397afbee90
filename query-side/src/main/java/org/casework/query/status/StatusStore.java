package org.casework.query.status;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where {@link StatusProjection} keeps entries, periods and their counts per day: the database live, memory during
 * a rebuild.
 */
interface StatusStore {

    void add(StatusEntryView entry);

    /** The file's entries in the order they were recorded. */
    List<StatusEntryView> entriesOf(UUID fileId);

    /** The periods of the file of {@code cause}, the entry just added, recomputed with it. */
    void replacePeriods(StatusEntryView cause, List<StatusPeriodView> periods);

    @Component
    class Database implements StatusStore {

        private final StatusEntryRepository entries;
        private final StatusPeriodRepository periods;
        private final StatusDayChanges days;

        Database(StatusEntryRepository entries, StatusPeriodRepository periods, StatusDayChanges days) {
            this.entries = entries;
            this.periods = periods;
            this.days = days;
        }

        @Override
        public void add(StatusEntryView entry) {
            entries.save(entry);
            entries.flush();
            days.entryAdded(entry);
        }

        @Override
        public List<StatusEntryView> entriesOf(UUID fileId) {
            return entries.findByFileIdOrderBySeq(fileId);
        }

        @Override
        public void replacePeriods(StatusEntryView cause, List<StatusPeriodView> periods) {
            List<StatusPeriodView> replaced = this.periods.findByFileId(cause.fileId());
            this.periods.deleteOfFile(cause.fileId());
            this.periods.saveAll(periods);
            days.periodsReplaced(cause, replaced, periods);
        }
    }

    class Memory implements StatusStore {

        private final Map<UUID, List<StatusEntryView>> entries = new LinkedHashMap<>();
        private final Map<UUID, List<StatusPeriodView>> periods = new LinkedHashMap<>();

        @Override
        public void add(StatusEntryView entry) {
            entries.computeIfAbsent(entry.fileId(), id -> new ArrayList<>()).add(entry);
        }

        @Override
        public List<StatusEntryView> entriesOf(UUID fileId) {
            return List.copyOf(entries.getOrDefault(fileId, List.of()));
        }

        @Override
        public void replacePeriods(StatusEntryView cause, List<StatusPeriodView> periods) {
            this.periods.put(cause.fileId(), List.copyOf(periods));
        }

        Stream<Object> rows() {
            StatusDayCounts days = new StatusDayCounts();
            entries.values().stream().flatMap(List::stream).forEach(days::added);
            periods.values().stream().flatMap(List::stream).forEach(days::added);
            List<Object> dayRows = new ArrayList<>();
            days.forEachPeriods((key, counts) -> dayRows.add(new StatusDayView(key, counts)));
            days.forEachEntries((key, entries) -> dayRows.add(new StatusEntryDayView(key, entries)));
            return Stream.of(entries.values().stream().flatMap(List::stream),
                    periods.values().stream().flatMap(List::stream), dayRows.stream()).flatMap(s -> s);
        }
    }
}

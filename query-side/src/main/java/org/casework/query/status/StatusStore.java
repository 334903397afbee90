package org.casework.query.status;

import org.casework.domain.status.StatusTimeline;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Marks the entry in error; {@code eventId} is the event that did so. */
    void markInError(StatusEntryView entry, String eventId);

    /** The periods of the file {@code fileId}, recomputed after the event {@code eventId}. */
    void replacePeriods(UUID fileId, String eventId, List<StatusPeriodView> periods);

    /** The file's timeline from its entries in recording order, those in error marked. */
    static StatusTimeline timelineOf(List<StatusEntryView> entries) {
        Set<Integer> inError = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).inError()) {
                inError.add(i);
            }
        }
        return new StatusTimeline(entries.stream().map(StatusEntryView::entry).toList(), inError);
    }

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
        public void markInError(StatusEntryView entry, String eventId) {
            entries.flush();
            days.entryInError(entry, eventId);
        }

        @Override
        public void replacePeriods(UUID fileId, String eventId, List<StatusPeriodView> periods) {
            List<StatusPeriodView> replaced = this.periods.findByFileId(fileId);
            this.periods.deleteOfFile(fileId);
            this.periods.saveAll(periods);
            days.periodsReplaced(eventId, replaced, periods);
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
        public void markInError(StatusEntryView entry, String eventId) {
            // the entry is the one kept in memory: marking it was all there is to do
        }

        @Override
        public void replacePeriods(UUID fileId, String eventId, List<StatusPeriodView> periods) {
            this.periods.put(fileId, List.copyOf(periods));
        }

        Stream<Object> rows() {
            StatusDayCounts days = new StatusDayCounts();
            entries.values().stream().flatMap(List::stream).filter(entry -> !entry.inError()).forEach(days::added);
            periods.values().stream().flatMap(List::stream).forEach(days::added);
            List<Object> dayRows = new ArrayList<>();
            days.forEachPeriods((key, counts) -> dayRows.add(new StatusDayView(key, counts)));
            days.forEachEntries((key, entries) -> dayRows.add(new StatusEntryDayView(key, entries)));
            return Stream.of(entries.values().stream().flatMap(List::stream),
                    periods.values().stream().flatMap(List::stream), dayRows.stream()).flatMap(s -> s);
        }
    }
}

package org.casework.query.status;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** Where {@link StatusProjection} keeps entries and periods: the database live, memory during a rebuild. */
interface StatusStore {

    void add(StatusEntryView entry);

    /** The file's entries in the order they were recorded. */
    List<StatusEntryView> entriesOf(UUID fileId);

    void replacePeriods(UUID fileId, List<StatusPeriodView> periods);

    @Component
    class Database implements StatusStore {

        private final StatusEntryRepository entries;
        private final StatusPeriodRepository periods;

        Database(StatusEntryRepository entries, StatusPeriodRepository periods) {
            this.entries = entries;
            this.periods = periods;
        }

        @Override
        public void add(StatusEntryView entry) {
            entries.save(entry);
            entries.flush();
        }

        @Override
        public List<StatusEntryView> entriesOf(UUID fileId) {
            return entries.findByFileIdOrderBySeq(fileId);
        }

        @Override
        public void replacePeriods(UUID fileId, List<StatusPeriodView> periods) {
            this.periods.deleteOfFile(fileId);
            this.periods.saveAll(periods);
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
        public void replacePeriods(UUID fileId, List<StatusPeriodView> periods) {
            this.periods.put(fileId, List.copyOf(periods));
        }

        Stream<Object> rows() {
            return Stream.concat(entries.values().stream().flatMap(List::stream),
                    periods.values().stream().flatMap(List::stream));
        }
    }
}

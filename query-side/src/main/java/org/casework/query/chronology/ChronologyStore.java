package org.casework.query.chronology;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Where {@link ChronologyProjection} keeps its entries: the database live, memory during a rebuild. */
interface ChronologyStore {

    void add(ChronologyEntry entry);

    List<ChronologyEntry> ofClient(UUID clientId);

    @Component
    class Database implements ChronologyStore {

        private final ChronologyRepository chronology;

        Database(ChronologyRepository chronology) {
            this.chronology = chronology;
        }

        @Override
        public void add(ChronologyEntry entry) {
            chronology.save(entry);
        }

        @Override
        public List<ChronologyEntry> ofClient(UUID clientId) {
            return chronology.findByClientId(clientId);
        }
    }

    class Memory implements ChronologyStore {

        private final List<ChronologyEntry> entries = new ArrayList<>();

        @Override
        public void add(ChronologyEntry entry) {
            entries.add(entry);
        }

        /** Looked for only when a file is erased, which is rare: a scan is cheaper than an index kept for it. */
        @Override
        public List<ChronologyEntry> ofClient(UUID clientId) {
            return entries.stream().filter(entry -> entry.clientId().equals(clientId)).toList();
        }

        Stream<Object> rows() {
            return entries.stream().map(Object.class::cast);
        }
    }
}

package org.casework.query.chronology;

import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Stream;

/** Where {@link ChronologyProjection} keeps its entries: the database live, memory during a rebuild. */
interface ChronologyStore {

    void add(ChronologyEntry entry);

    List<ChronologyEntry> ofClient(UUID clientId);

    ChronologyEntry entry(UUID consultationId);

    /** A voided consultation leaves the chronology; the event store keeps it. */
    void remove(UUID consultationId);

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

        @Override
        public ChronologyEntry entry(UUID consultationId) {
            return chronology.findById(consultationId)
                    .orElseThrow(() -> new IllegalStateException("no consultation " + consultationId));
        }

        @Override
        public void remove(UUID consultationId) {
            chronology.deleteById(consultationId);
        }
    }

    class Memory implements ChronologyStore {

        private final Map<UUID, ChronologyEntry> entries = new LinkedHashMap<>();

        @Override
        public void add(ChronologyEntry entry) {
            entries.put(entry.getId(), entry);
        }

        /** Looked for only when a file is erased, which is rare: a scan is cheaper than an index kept for it. */
        @Override
        public List<ChronologyEntry> ofClient(UUID clientId) {
            return entries.values().stream().filter(entry -> entry.clientId().equals(clientId)).toList();
        }

        @Override
        public ChronologyEntry entry(UUID consultationId) {
            ChronologyEntry entry = entries.get(consultationId);
            if (entry == null) {
                throw new NoSuchElementException("no consultation " + consultationId);
            }
            return entry;
        }

        @Override
        public void remove(UUID consultationId) {
            entries.remove(consultationId);
        }

        Stream<Object> rows() {
            return entries.values().stream().map(Object.class::cast);
        }
    }
}

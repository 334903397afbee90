package org.casework.query.engagement;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Stream;

/** Where {@link EngagementProjection} keeps engagements: the database live, memory during a rebuild. */
interface EngagementStore {

    void add(EngagementView engagement);

    EngagementView engagement(UUID id);

    List<EngagementView> ofClient(UUID clientId);

    @Component
    class Database implements EngagementStore {

        private final EngagementViewRepository engagements;

        Database(EngagementViewRepository engagements) {
            this.engagements = engagements;
        }

        @Override
        public void add(EngagementView engagement) {
            engagements.save(engagement);
        }

        @Override
        public EngagementView engagement(UUID id) {
            return engagements.findById(id).orElseThrow(() -> new IllegalStateException("no engagement " + id));
        }

        @Override
        public List<EngagementView> ofClient(UUID clientId) {
            return engagements.findByClientId(clientId);
        }
    }

    class Memory implements EngagementStore {

        private final Map<UUID, EngagementView> engagements = new LinkedHashMap<>();
        private final Map<UUID, List<EngagementView>> byClient = new HashMap<>();

        @Override
        public void add(EngagementView engagement) {
            engagements.put(engagement.getId(), engagement);
            byClient.computeIfAbsent(engagement.clientId(), id -> new ArrayList<>()).add(engagement);
        }

        @Override
        public EngagementView engagement(UUID id) {
            EngagementView engagement = engagements.get(id);
            if (engagement == null) {
                throw new NoSuchElementException("no engagement " + id);
            }
            return engagement;
        }

        @Override
        public List<EngagementView> ofClient(UUID clientId) {
            return List.copyOf(byClient.getOrDefault(clientId, List.of()));
        }

        Stream<Object> rows() {
            return engagements.values().stream().map(Object.class::cast);
        }
    }
}

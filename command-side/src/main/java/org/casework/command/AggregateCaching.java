package org.casework.command;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Aggregates recently loaded stay in memory while anything still refers to them, so the commands of one burst
 * (a worker entering a visit, a batch of consultations, a unit of demo data) load a file's events once; a copy is
 * used only while no other node has stored a newer event of the file ({@link FreshAggregateCache}). One cache per
 * aggregate type: a cache is keyed by identifier only, and a client's id sent as a family's must find no family.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCaching {

    public static final String CLIENTS = "clientCache";
    public static final String FAMILIES = "familyCache";
    public static final String ENGAGEMENTS = "engagementCache";

    @Bean(CLIENTS)
    Cache clientCache(ObjectProvider<EventStore> eventStore) {
        return fresh(eventStore);
    }

    @Bean(FAMILIES)
    Cache familyCache(ObjectProvider<EventStore> eventStore) {
        return fresh(eventStore);
    }

    @Bean(ENGAGEMENTS)
    Cache engagementCache(ObjectProvider<EventStore> eventStore) {
        return fresh(eventStore);
    }

    private static Cache fresh(ObjectProvider<EventStore> eventStore) {
        return new FreshAggregateCache(id -> eventStore.getObject().lastSequenceNumberFor(id));
    }
}

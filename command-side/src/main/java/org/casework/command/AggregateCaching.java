package org.casework.command;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Aggregates recently loaded stay in memory while anything still refers to them, so the commands of one burst
 * (a worker entering a visit, a batch of consultations, a unit of demo data) load a file's events once. Another
 * node's change is caught by the event store's sequence check: the stale copy is dropped and the command retried.
 * One cache per aggregate type: a cache is keyed by identifier only, and a client's id sent as a family's must
 * still find no family.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCaching {

    public static final String CLIENTS = "clientCache";
    public static final String FAMILIES = "familyCache";
    public static final String ENGAGEMENTS = "engagementCache";

    @Bean(CLIENTS)
    Cache clientCache() {
        return new WeakReferenceCache();
    }

    @Bean(FAMILIES)
    Cache familyCache() {
        return new WeakReferenceCache();
    }

    @Bean(ENGAGEMENTS)
    Cache engagementCache() {
        return new WeakReferenceCache();
    }
}

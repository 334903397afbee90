package org.casework.command;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A bounded cache of recently used aggregates (the last {@link #MAX_AGGREGATES}, each for at most
 * {@link #IDLE}), answering a cached file only while the event store holds no newer
 * event of it than when it was cached: with several nodes, another node may have changed the file, and a stale copy
 * could refuse a command the file now allows. The check is one indexed lookup of the file's last sequence number,
 * instead of reading and decrypting all its events. A copy saved by a command is stamped after its commit, when its
 * own events are in the store; until then it is not answered.
 */
final class FreshAggregateCache implements Cache {

    private static final Long NOT_YET = Long.MIN_VALUE;

    static final int MAX_AGGREGATES = 5_000;
    static final Duration IDLE = Duration.ofMinutes(10);

    // Axon's WeakReferenceCache lost an entry at the next garbage collection, nothing else holding the stamped copy:
    // under load nearly every command read and decrypted its file's events again
    private final com.github.benmanes.caffeine.cache.Cache<Object, Stamped> cached = Caffeine.newBuilder()
            .maximumSize(MAX_AGGREGATES).expireAfterAccess(IDLE).build();
    private final Function<String, Optional<Long>> lastSequenceNumber;

    /** {@code lastSequenceNumber}: the store's last sequence number of an aggregate, empty when it has none. */
    FreshAggregateCache(Function<String, Optional<Long>> lastSequenceNumber) {
        this.lastSequenceNumber = lastSequenceNumber;
    }

    private record Stamped(Object entry, Long version) {
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Stamped stamped = cached.getIfPresent(key);
        if (stamped == null) {
            return null;
        }
        if (!Objects.equals(stamped.version(), stored(key))) {
            cached.invalidate(key);
            return null;
        }
        return (V) stamped.entry();
    }

    @Override
    public void put(Object key, Object value) {
        if (CurrentUnitOfWork.isStarted()) {
            cached.put(key, new Stamped(value, NOT_YET));
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> cached.put(key, new Stamped(value, stored(key))));
        } else {
            cached.put(key, new Stamped(value, stored(key)));
        }
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        if (cached.getIfPresent(key) != null) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    public boolean remove(Object key) {
        return cached.asMap().remove(key) != null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener entryListener) {
        // Axon's aggregate repositories register none; nothing here would call one
        throw new UnsupportedOperationException("the aggregate cache has no entry listeners");
    }

    /** Evicts what the bound or the idle time let go now rather than at the cache's next access (tests). */
    void cleanUp() {
        cached.cleanUp();
    }

    private Long stored(Object key) {
        return lastSequenceNumber.apply(key.toString()).orElse(null);
    }
}

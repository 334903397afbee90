package org.casework.command;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Axon's weak-reference cache of aggregates, answering a cached file only while the event store holds no newer
 * event of it than when it was cached: with several nodes, another node may have changed the file, and a stale copy
 * could refuse a command the file now allows. The check is one indexed lookup of the file's last sequence number,
 * instead of reading and decrypting all its events. A copy saved by a command is stamped after its commit, when its
 * own events are in the store; until then it is not answered.
 */
final class FreshAggregateCache implements Cache {

    private static final Long NOT_YET = Long.MIN_VALUE;

    private final Cache cached = new WeakReferenceCache();
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
        Stamped stamped = cached.get(key);
        if (stamped == null) {
            return null;
        }
        if (!Objects.equals(stamped.version(), stored(key))) {
            cached.remove(key);
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
        if (cached.containsKey(key)) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    public boolean remove(Object key) {
        return cached.remove(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener entryListener) {
        return cached.registerCacheEntryListener(entryListener);
    }

    private Long stored(Object key) {
        return lastSequenceNumber.apply(key.toString()).orElse(null);
    }
}

package org.casework.command;

import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FreshAggregateCacheTest {

    private final Map<String, Long> store = new HashMap<>();
    private final FreshAggregateCache cache = new FreshAggregateCache(id -> Optional.ofNullable(store.get(id)));

    @Test
    void aCachedFileIsAnsweredWhileTheStoreHoldsNothingNewerOfIt() {
        store.put("file", 4L);
        Object entry = new Object();
        cache.put("file", entry);
        assertThat((Object) cache.get("file")).isSameAs(entry);
        assertThat(cache.containsKey("file")).isTrue();
    }

    @Test
    void aCachedFileOutlivesGarbageCollectionThoughNothingElseHoldsIt() {
        store.put("file", 4L);
        cache.put("file", new StringBuilder("engagement"));
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        assertThat((Object) cache.get("file")).hasToString("engagement");
    }

    @Test
    void theLeastRecentlyUsedFilesMakeRoomBeyondTheBound() {
        for (int i = 0; i <= FreshAggregateCache.MAX_AGGREGATES * 2; i++) {
            store.put("file-" + i, 1L);
            cache.put("file-" + i, new Object());
        }
        cache.cleanUp();
        long kept = 0;
        for (int i = 0; i <= FreshAggregateCache.MAX_AGGREGATES * 2; i++) {
            kept += cache.containsKey("file-" + i) ? 1 : 0;
        }
        assertThat(kept).isBetween(1L, (long) FreshAggregateCache.MAX_AGGREGATES);
        assertThat(cache.containsKey("file-" + FreshAggregateCache.MAX_AGGREGATES * 2)).isTrue();
    }

    @Test
    void aFileAnotherNodeChangedIsLoadedAgain() {
        store.put("file", 4L);
        cache.put("file", new Object());
        store.put("file", 5L);
        assertThat((Object) cache.get("file")).isNull();
        store.put("file", 4L);
        assertThat((Object) cache.get("file")).as("dropped, not kept for later").isNull();
    }

    @Test
    void aFileCachedBeforeItHadEventsIsStaleOnceItHasSome() {
        Object entry = new Object();
        cache.put("new", entry);
        assertThat((Object) cache.get("new")).isSameAs(entry);
        store.put("new", 0L);
        assertThat((Object) cache.get("new")).isNull();
    }

    @Test
    void aCopySavedByACommandIsAnsweredOnlyAfterItsCommit() {
        store.put("file", 4L);
        DefaultUnitOfWork<?> command = DefaultUnitOfWork.startAndGet(null);
        Object entry = new Object();
        cache.put("file", entry);
        store.put("file", 5L);
        assertThat((Object) cache.get("file")).as("before the commit").isNull();
        command.commit();
        assertThat((Object) cache.get("file")).isSameAs(entry);
    }

    @Test
    void removedFilesAreGone() {
        store.put("file", 1L);
        cache.put("file", new Object());
        cache.remove("file");
        assertThat((Object) cache.get("file")).isNull();
    }
}

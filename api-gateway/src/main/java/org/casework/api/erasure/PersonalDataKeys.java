package org.casework.api.erasure;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.casework.command.rules.FileErasedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One AES-256-GCM key (a Tink keyset) per file, kept in {@code personal_data_key}. Destroying a file's key is what
 * erases its personal data: every copy of the events, backups of the event store included, becomes unreadable in
 * those fields. Keys are cached; a new key enters the cache only once the transaction that stored it has committed,
 * so a rolled-back key is never used again.
 */
public class PersonalDataKeys {

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink AEAD is not available", e);
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private static final long SIZING_INTERVAL_NANOS = Duration.ofMinutes(1).toNanos();

    private final Cache<UUID, Optional<Aead>> cache;
    private final long minimumSize;
    private volatile long nextSizing = System.nanoTime();
    /** Erased on this node: never served from a cache entry a concurrent reader may have put back. */
    private final Set<UUID> erasedHere = ConcurrentHashMap.newKeySet();

    private final MasterKey master;

    public PersonalDataKeys(JdbcTemplate jdbc, Clock clock, Duration cacheTtl, long cacheSize) {
        this(jdbc, clock, cacheTtl, cacheSize, MasterKey.none());
    }

    PersonalDataKeys(JdbcTemplate jdbc, Clock clock, Duration cacheTtl, long cacheSize, MasterKey master) {
        this.master = master;
        this.jdbc = jdbc;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().expireAfterWrite(cacheTtl).maximumSize(cacheSize).build();
        this.minimumSize = cacheSize;
    }

    /** How many keys the cache holds at most now. */
    long cacheCapacity() {
        return cache.policy().eviction().orElseThrow().getMaximum();
    }

    /** The file's key, created on first use; refused once the file is erased. */
    Aead forEncryption(UUID file) {
        return key(file, true).orElseThrow(() -> new FileErasedException(file));
    }

    /** The file's key, or empty when it has been destroyed (or never existed). */
    Optional<Aead> forDecryption(UUID file) {
        return key(file, false);
    }

    /** Whether the file's key has been destroyed (the file erased). */
    public boolean destroyed(UUID file) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from personal_data_key"
                + " where subject_id = ? and erased_at is not null)", Boolean.class, file));
    }

    /**
     * Destroys the file's key inside the caller's transaction; from its commit on, nothing can decrypt. The reason
     * stays with the record of the erasure, so a restore of older data can record the erasure again.
     */
    public void destroy(UUID file, String reason) {
        jdbc.update("""
                insert into personal_data_key (subject_id, keyset, created_at, erased_at, erasure_reason)
                values (?, null, ?, ?, ?)
                on conflict (subject_id) do update set keyset = null, erased_at = excluded.erased_at,
                    erasure_reason = excluded.erasure_reason""",
                file, now(), now(), reason);
        erasedHere.add(file);
        afterCommit(() -> cache.invalidate(file));
    }

    /**
     * Every stored key into the cache in one read, for a rebuild that decrypts every file's events (one query
     * instead of one per file); returns how many. Keys expire from the cache as usual afterwards.
     */
    public int loadAll() {
        nextSizing = System.nanoTime();
        sizeFromTheData();
        int[] loaded = {0};
        jdbc.query("select subject_id, keyset from personal_data_key", row -> {
            UUID file = row.getObject(1, UUID.class);
            byte[] keyset = row.getBytes(2);
            if (!erasedHere.contains(file)) {
                cache.put(file, Optional.ofNullable(keyset).map(stored -> aead(file, stored)));
                loaded[0]++;
            }
        });
        return loaded[0];
    }

    private Optional<Aead> key(UUID file, boolean create) {
        if (erasedHere.contains(file)) {
            return Optional.empty();
        }
        Optional<Aead> cached = cache.getIfPresent(file);
        if (cached != null) {
            return cached;
        }
        sizeFromTheData();
        Optional<byte[]> stored = stored(file);
        if (stored == null && create) {
            jdbc.update("insert into personal_data_key (subject_id, keyset, created_at) values (?, ?, ?)"
                    + " on conflict (subject_id) do nothing", file, master.wrap(file, newKeyset()), now());
            stored = stored(file);
        }
        if (stored == null) {
            return Optional.empty();
        }
        Optional<Aead> key = stored.map(keyset -> aead(file, keyset));
        afterCommit(() -> cache.put(file, key));
        return key;
    }

    private void sizeFromTheData() {
        long now = System.nanoTime();
        if (now - nextSizing < 0) {
            return;
        }
        nextSizing = now + SIZING_INTERVAL_NANOS;
        Long keys = jdbc.queryForObject("select count(*) from personal_data_key where keyset is not null", Long.class);
        long size = Math.max(minimumSize, (keys == null ? 0 : keys) * 5 / 4);
        cache.policy().eviction().ifPresent(eviction -> eviction.setMaximum(size));
    }

    /** null: no row; empty: the key was destroyed. */
    private Optional<byte[]> stored(UUID file) {
        List<Optional<byte[]>> rows = jdbc.query("select keyset from personal_data_key where subject_id = ?",
                (row, i) -> Optional.ofNullable(row.getBytes(1)), file);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static byte[] newKeyset() {
        try {
            KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            return TinkProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create a key", e);
        }
    }

    /**
     * With a master key configured, wraps every key still stored in clear (keys from before it was configured);
     * returns how many. A row changed meanwhile by another node is left to it.
     */
    int wrapClearKeys() {
        if (!master.configured()) {
            return 0;
        }
        int[] wrapped = {0};
        jdbc.query("select subject_id, keyset from personal_data_key where keyset is not null", row -> {
            UUID file = row.getObject(1, UUID.class);
            byte[] keyset = row.getBytes(2);
            if (!MasterKey.wrapped(keyset)) {
                wrapped[0] += jdbc.update("update personal_data_key set keyset = ? where subject_id = ? and keyset = ?",
                        master.wrap(file, keyset), file, keyset);
            }
        });
        return wrapped[0];
    }

    private Aead aead(UUID file, byte[] stored) {
        byte[] keyset = master.unwrap(file, stored);
        try {
            return TinkProtoKeysetFormat.parseKeyset(keyset, InsecureSecretKeyAccess.get())
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored key cannot be read", e);
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}

package org.casework.query.status;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The live per-day counts ({@code status_day}, {@code status_entry_day}). Every segment's transaction changes the
 * same few rows of today, so the changes are added up in memory and written once, just before the transaction
 * commits: each row is then locked only for the moment between that write and the commit, and always in key order
 * ({@link StatusDayCounts}), after everything else the transaction writes, so two transactions never deadlock on
 * them. A day's period row whose counts fall to zero is deleted, as a rebuild would not write it.
 * <p>
 * The changes are kept per event: an event that fails is rolled back to its savepoint (with its status entry, or its
 * mark on an entry in error), and only the changes of events whose entry or mark is still there at the end are
 * written.
 */
@Component
class StatusDayChanges {

    private static final String ADD_PERIODS = """
            insert into status_day (id, day, file_kind, status, reason, periods_started, periods_ended)
            values (nextval('status_day_id_seq'), ?, ?, ?, ?, ?, ?)
            on conflict (day, file_kind, status, reason) do update
            set periods_started = status_day.periods_started + excluded.periods_started,
                periods_ended = status_day.periods_ended + excluded.periods_ended""";
    private static final String DELETE_EMPTY = """
            delete from status_day where day = ? and file_kind = ? and status = ?
            and reason is not distinct from cast(? as varchar) and periods_started = 0 and periods_ended = 0""";
    private static final String ADD_ENTRIES = """
            insert into status_entry_day (day, file_kind, source, entries) values (?, ?, ?, ?)
            on conflict (day, file_kind, source) do update set entries = status_entry_day.entries + excluded.entries""";
    private static final String DELETE_NO_ENTRIES = """
            delete from status_entry_day where day = ? and file_kind = ? and source = ? and entries = 0""";

    private final JdbcTemplate sql;
    private final EntityManager entityManager;

    StatusDayChanges(JdbcTemplate sql, EntityManager entityManager) {
        this.sql = sql;
        this.entityManager = entityManager;
    }

    /** The first change of an event: its entry; a second try of the event starts again from here. */
    void entryAdded(StatusEntryView entry) {
        StatusDayCounts counts = new StatusDayCounts();
        counts.added(entry);
        Map<String, StatusDayCounts> pending = pending();
        if (pending == null) {
            write(counts);
        } else {
            pending.put(entry.getId(), counts);
        }
    }

    /** The first change of an event that marks an entry in error: the entry no longer counts. */
    void entryInError(StatusEntryView entry, String eventId) {
        StatusDayCounts counts = new StatusDayCounts();
        counts.removed(entry);
        Map<String, StatusDayCounts> pending = pending();
        if (pending == null) {
            write(counts);
        } else {
            pending.computeIfAbsent(eventId, event -> new StatusDayCounts()).add(counts);
        }
    }

    /** The periods of a file replaced: the second change of the event {@code eventId}. */
    void periodsReplaced(String eventId, List<StatusPeriodView> replaced, List<StatusPeriodView> periods) {
        Map<String, StatusDayCounts> pending = pending();
        StatusDayCounts counts = pending == null
                ? new StatusDayCounts() : pending.computeIfAbsent(eventId, event -> new StatusDayCounts());
        replaced.forEach(counts::removed);
        periods.forEach(counts::added);
        if (pending == null) {
            write(counts);
        }
    }

    /** The current transaction's changes per event (null outside a transaction: each is written at once). */
    @SuppressWarnings("unchecked")
    private Map<String, StatusDayCounts> pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Object bound = TransactionSynchronizationManager.getResource(this);
        if (bound != null) {
            return (Map<String, StatusDayCounts>) bound;
        }
        Map<String, StatusDayCounts> pending = new LinkedHashMap<>();
        TransactionSynchronizationManager.bindResource(this, pending);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                entityManager.flush();
                write(kept(pending));
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(StatusDayChanges.this);
            }
        });
        return pending;
    }

    private StatusDayCounts kept(Map<String, StatusDayCounts> pending) {
        if (pending.isEmpty()) {
            return new StatusDayCounts();
        }
        Set<String> kept = new HashSet<>(new NamedParameterJdbcTemplate(sql).queryForList(
                "select event_id from status_entry where event_id in (:events)"
                        + " union select in_error_event_id from status_entry where in_error_event_id in (:events)",
                Map.of("events", pending.keySet()), String.class));
        StatusDayCounts counts = new StatusDayCounts();
        pending.forEach((event, changes) -> {
            if (kept.contains(event)) {
                counts.add(changes);
            }
        });
        return counts;
    }

    private void write(StatusDayCounts counts) {
        if (counts.isEmpty()) {
            return;
        }
        List<Object[]> periods = new ArrayList<>();
        List<Object[]> lessened = new ArrayList<>();
        counts.forEachPeriods((key, change) -> {
            String reason = key.reason() == null ? null : key.reason().name();
            periods.add(new Object[]{key.day(), key.fileKind().name(), key.status().name(), reason,
                    change.started(), change.ended()});
            if (change.lessens()) {
                lessened.add(new Object[]{key.day(), key.fileKind().name(), key.status().name(), reason});
            }
        });
        List<Object[]> entries = new ArrayList<>();
        List<Object[]> fewer = new ArrayList<>();
        counts.forEachEntries((key, added) -> {
            entries.add(new Object[]{key.day(), key.fileKind().name(), key.source().name(), added});
            if (added < 0) {
                fewer.add(new Object[]{key.day(), key.fileKind().name(), key.source().name()});
            }
        });
        sql.batchUpdate(ADD_PERIODS, periods);
        sql.batchUpdate(DELETE_EMPTY, lessened);
        sql.batchUpdate(ADD_ENTRIES, entries);
        sql.batchUpdate(DELETE_NO_ENTRIES, fewer);
    }
}

package org.casework.query.status;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The live per-day counts ({@code status_day}, {@code status_entry_day}). Every segment's transaction changes the
 * same few rows of today, so the changes are added up in memory and written once, just before the transaction
 * commits: each row is then locked only for the moment between that write and the commit, and always in key order
 * ({@link StatusDayCounts}), after everything else the transaction writes, so two transactions never deadlock on
 * them. A day's period row whose counts fall to zero is deleted, as a rebuild would not write it.
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

    private final JdbcTemplate sql;
    private final EntityManager entityManager;

    StatusDayChanges(JdbcTemplate sql, EntityManager entityManager) {
        this.sql = sql;
        this.entityManager = entityManager;
    }

    /** Counts a change into the current transaction's, or writes it at once outside a transaction. */
    void count(Consumer<StatusDayCounts> change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            StatusDayCounts counts = new StatusDayCounts();
            change.accept(counts);
            write(counts);
            return;
        }
        StatusDayCounts counts = (StatusDayCounts) TransactionSynchronizationManager.getResource(this);
        if (counts == null) {
            StatusDayCounts pending = new StatusDayCounts();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    entityManager.flush();
                    write(pending);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResource(StatusDayChanges.this);
                }
            });
            counts = pending;
        }
        change.accept(counts);
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
        counts.forEachEntries((key, added) -> entries.add(
                new Object[]{key.day(), key.fileKind().name(), key.source().name(), added}));
        sql.batchUpdate(ADD_PERIODS, periods);
        sql.batchUpdate(DELETE_EMPTY, lessened);
        sql.batchUpdate(ADD_ENTRIES, entries);
    }
}

package org.casework.query.status;

import org.axonframework.queryhandling.QueryHandler;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusSource;
import org.casework.domain.status.StatusTimeline;
import org.casework.query.care.FileKind;
import org.casework.query.status.StatusQueries.Counts;
import org.casework.query.status.StatusQueries.FindStatusHistory;
import org.casework.query.status.StatusQueries.FindStatusStatistics;
import org.casework.query.status.StatusQueries.HistoryEntry;
import org.casework.query.status.StatusQueries.StatusHistory;
import org.casework.query.status.StatusQueries.StatusStatistics;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Statistics are counted in one snapshot of the database, so their figures agree with each other; they add up the
 * counts per day the projection keeps, a few thousand rows however many files there are.
 */
@Component
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class StatusQueryHandler {

    private final StatusEntryRepository entries;
    private final NamedParameterJdbcTemplate sql;

    StatusQueryHandler(StatusEntryRepository entries, NamedParameterJdbcTemplate sql) {
        this.entries = entries;
        this.sql = sql;
    }

    @QueryHandler
    Optional<StatusHistory> handle(FindStatusHistory query) {
        List<StatusEntryView> recorded = entries.findByFileIdOrderBySeq(query.id());
        if (recorded.isEmpty() || recorded.get(0).fileKind() != query.kind()) {
            return Optional.empty();
        }
        StatusTimeline timeline = StatusStore.timelineOf(recorded);
        List<HistoryEntry> history = timeline.inEffectiveOrder().stream().map(i -> {
            StatusEntryView view = recorded.get(i);
            StatusEntry entry = view.entry();
            return new HistoryEntry(i, entry.status(), entry.effectiveDate(), entry.reason(), entry.reasonNote(),
                    entry.note(), entry.source(), view.recordedBy(), view.recordedAt(), timeline.isCurrent(i),
                    timeline.isOverridden(i), view.error());
        }).toList();
        return Optional.of(new StatusHistory(query.id(), query.kind(), history));
    }

    @QueryHandler
    StatusStatistics handle(FindStatusStatistics query) {
        Map<FileKind, Counts> counts = new EnumMap<>(FileKind.class);
        for (FileKind kind : FileKind.values()) {
            counts.put(kind, new Counts(new EnumMap<>(Status.class), new EnumMap<>(Status.class),
                    new EnumMap<>(Status.class), new EnumMap<>(StatusSource.class)));
        }
        MapSqlParameterSource period = new MapSqlParameterSource("from", query.from()).addValue("to", query.to());
        // periods never overlap within a file, so the files in a status on "to" are the periods started by then
        // less those ended by then
        sql.query("""
                select file_kind, status, sum(periods_started - periods_ended) as n from status_day
                where day <= :to group by file_kind, status""", period, row -> {
                    put(counts, row, Counts::inStatusOnTo);
                });
        // a file entered a status in the period once however often it did: count its first period there, the one
        // whose previous period in that status started before "from"
        sql.query("""
                select file_kind, status, sum(n) as n from (
                    select file_kind, status, sum(periods_started) as n from status_day
                    where day between :from and :to group by file_kind, status
                    union all
                    select file_kind, status, -count(*) from status_period
                    where previous_started_on >= :from and started_on <= :to group by file_kind, status) first_entries
                group by file_kind, status""", period, row -> {
                    put(counts, row, Counts::entered);
                });
        sql.query("""
                select file_kind, status, reason, sum(periods_started) as n from status_day
                where status in ('REJECTED', 'TERMINATED') and reason is not null
                  and day between :from and :to group by file_kind, status, reason""", period,
                row -> {
                    long n = row.getLong("n");
                    if (n > 0) {
                        counts.get(FileKind.valueOf(row.getString("file_kind"))).reasons()
                                .computeIfAbsent(Status.valueOf(row.getString("status")),
                                        s -> new EnumMap<>(StatusReason.class))
                                .put(StatusReason.valueOf(row.getString("reason")), n);
                    }
                });
        sql.query("""
                select file_kind, source, sum(entries) as n from status_entry_day
                where day between :from and :to group by file_kind, source""", period,
                row -> {
                    long n = row.getLong("n");
                    if (n > 0) {
                        counts.get(FileKind.valueOf(row.getString("file_kind"))).entriesBySource()
                                .put(StatusSource.valueOf(row.getString("source")), n);
                    }
                });
        return new StatusStatistics(query.from(), query.to(), counts.get(FileKind.CLIENT),
                counts.get(FileKind.FAMILY));
    }

    /** A status's figure, left out when it is 0 (no row of the period counts it). */
    private static void put(Map<FileKind, Counts> counts, ResultSet row, Function<Counts, Map<Status, Long>> figure)
            throws SQLException {
        long n = row.getLong("n");
        if (n > 0) {
            figure.apply(counts.get(FileKind.valueOf(row.getString("file_kind"))))
                    .put(Status.valueOf(row.getString("status")), n);
        }
    }
}

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

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Statistics are counted in one snapshot of the database, so their figures agree with each other. */
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
        StatusTimeline timeline = new StatusTimeline(recorded.stream().map(StatusEntryView::entry).toList());
        List<HistoryEntry> history = timeline.inEffectiveOrder().stream().map(i -> {
            StatusEntryView view = recorded.get(i);
            StatusEntry entry = view.entry();
            return new HistoryEntry(entry.status(), entry.effectiveDate(), entry.reason(), entry.reasonNote(),
                    entry.note(), entry.source(), view.recordedBy(), view.recordedAt(), timeline.isCurrent(i),
                    timeline.isOverridden(i));
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
        sql.query("""
                select file_kind, status, count(*) as n from status_period
                where started_on <= :to and (ended_on is null or ended_on > :to) group by file_kind, status""",
                period, row -> {
                    counts.get(FileKind.valueOf(row.getString("file_kind"))).inStatusOnTo()
                            .put(Status.valueOf(row.getString("status")), row.getLong("n"));
                });
        sql.query("""
                select file_kind, status, count(distinct file_id) as n from status_period
                where started_on between :from and :to group by file_kind, status""", period,
                row -> {
                    counts.get(FileKind.valueOf(row.getString("file_kind"))).entered()
                            .put(Status.valueOf(row.getString("status")), row.getLong("n"));
                });
        sql.query("""
                select file_kind, status, reason, count(*) as n from status_period
                where status in ('REJECTED', 'TERMINATED') and reason is not null
                  and started_on between :from and :to group by file_kind, status, reason""", period,
                row -> {
                    counts.get(FileKind.valueOf(row.getString("file_kind"))).reasons()
                            .computeIfAbsent(Status.valueOf(row.getString("status")),
                                    s -> new EnumMap<>(StatusReason.class))
                            .put(StatusReason.valueOf(row.getString("reason")), row.getLong("n"));
                });
        sql.query("""
                select file_kind, source, count(*) as n from status_entry
                where effective_date between :from and :to group by file_kind, source""", period,
                row -> {
                    counts.get(FileKind.valueOf(row.getString("file_kind"))).entriesBySource()
                            .put(StatusSource.valueOf(row.getString("source")), row.getLong("n"));
                });
        return new StatusStatistics(query.from(), query.to(), counts.get(FileKind.CLIENT),
                counts.get(FileKind.FAMILY));
    }
}

package org.casework.query.status;

import org.axonframework.queryhandling.QueryHandler;
import org.casework.domain.status.Status;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusSource;
import org.casework.domain.status.StatusTimeline;
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
        List<StatusEntryView> recorded = entries.findByClientIdOrderBySeq(query.clientId());
        if (recorded.isEmpty()) {
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
        return Optional.of(new StatusHistory(query.clientId(), history));
    }

    @QueryHandler
    StatusStatistics handle(FindStatusStatistics query) {
        MapSqlParameterSource period = new MapSqlParameterSource("from", query.from()).addValue("to", query.to());
        Map<Status, Long> inStatus = new EnumMap<>(Status.class);
        sql.query("""
                select status, count(*) as n from status_period
                where started_on <= :to and (ended_on is null or ended_on > :to) group by status""", period,
                row -> {
                    inStatus.put(Status.valueOf(row.getString("status")), row.getLong("n"));
                });
        Map<Status, Long> entered = new EnumMap<>(Status.class);
        sql.query("""
                select status, count(distinct client_id) as n from status_period
                where started_on between :from and :to group by status""", period,
                row -> {
                    entered.put(Status.valueOf(row.getString("status")), row.getLong("n"));
                });
        Map<Status, Map<StatusReason, Long>> reasons = new EnumMap<>(Status.class);
        sql.query("""
                select status, reason, count(*) as n from status_period
                where status in ('REJECTED', 'TERMINATED') and reason is not null
                  and started_on between :from and :to group by status, reason""", period,
                row -> {
                    reasons.computeIfAbsent(Status.valueOf(row.getString("status")),
                                    s -> new EnumMap<>(StatusReason.class))
                            .put(StatusReason.valueOf(row.getString("reason")), row.getLong("n"));
                });
        Map<StatusSource, Long> bySource = new EnumMap<>(StatusSource.class);
        sql.query("""
                select source, count(*) as n from status_entry
                where effective_date between :from and :to group by source""", period,
                row -> {
                    bySource.put(StatusSource.valueOf(row.getString("source")), row.getLong("n"));
                });
        return new StatusStatistics(query.from(), query.to(), inStatus, entered, reasons, bySource);
    }
}

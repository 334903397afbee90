package org.casework.query.status;

import org.casework.domain.status.Status;
import org.casework.domain.status.StatusReason;
import org.casework.domain.status.StatusSource;
import org.casework.query.care.FileKind;
import org.casework.query.status.StatusQueries.Counts;
import org.casework.query.status.StatusQueries.FindStatusStatistics;
import org.casework.query.status.StatusQueries.StatusStatistics;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.EnumMap;
import java.util.Map;

/**
 * The oracle: the status statistics as they were counted before issue 19 (over every period and entry of the period
 * asked for), kept as they were so that tests can compare today's answers with them.
 */
public class TodaysStatusStatistics {

    private final NamedParameterJdbcTemplate sql;

    public TodaysStatusStatistics(NamedParameterJdbcTemplate sql) {
        this.sql = sql;
    }

    public StatusStatistics answer(FindStatusStatistics query) {
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
                where effective_date between :from and :to and in_error_event_id is null
                group by file_kind, source""", period,
                row -> {
                    counts.get(FileKind.valueOf(row.getString("file_kind"))).entriesBySource()
                            .put(StatusSource.valueOf(row.getString("source")), row.getLong("n"));
                });
        return new StatusStatistics(query.from(), query.to(), counts.get(FileKind.CLIENT),
                counts.get(FileKind.FAMILY));
    }
}

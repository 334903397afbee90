package org.casework.api.audit;

import org.casework.query.support.PageOf;
import org.casework.query.support.Paging;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The read-access log ({@code read_access}): written before a personal file is answered, read by auditors. */
@Component
class AccessLog {

    private final JdbcTemplate jdbc;

    AccessLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(Instant at, String reader, AuditedFile file, UUID fileId, String endpoint) {
        UUID clientId = switch (file) {
            case clients -> fileId;
            case engagements -> jdbc.query("select client_id from engagement_view where id = ?",
                    (row, i) -> row.getObject(1, UUID.class), fileId).stream().findFirst().orElse(null);
            case families -> null;
        };
        jdbc.update("insert into read_access (read_at, reader, file_kind, file_id, client_id, endpoint)"
                + " values (?, ?, ?, ?, ?, ?)", Timestamp.from(at), reader, file.aggregateType().toUpperCase(),
                fileId, clientId, endpoint);
    }

    /** Newest first; every filter optional; {@code to} is exclusive. */
    PageOf<AccessLogEntry> find(UUID client, String reader, Instant from, Instant to, Paging paging) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> arguments = new ArrayList<>();
        if (client != null) {
            where.append(" and client_id = ?");
            arguments.add(client);
        }
        if (reader != null) {
            where.append(" and reader = ?");
            arguments.add(reader);
        }
        if (from != null) {
            where.append(" and read_at >= ?");
            arguments.add(Timestamp.from(from));
        }
        if (to != null) {
            where.append(" and read_at < ?");
            arguments.add(Timestamp.from(to));
        }
        Long total = jdbc.queryForObject("select count(*) from read_access" + where, Long.class, arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(paging.size());
        paged.add((long) paging.page() * paging.size());
        List<AccessLogEntry> entries = jdbc.query("select read_at, reader, file_kind, file_id, client_id, endpoint"
                        + " from read_access" + where + " order by read_at desc, id desc limit ? offset ?",
                (row, i) -> new AccessLogEntry(row.getTimestamp(1).toInstant(), row.getString(2), row.getString(3),
                        row.getObject(4, UUID.class), row.getObject(5, UUID.class), row.getString(6)),
                paged.toArray());
        return new PageOf<>(entries, total == null ? 0 : total, paging.page(), paging.size());
    }
}

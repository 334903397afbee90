package org.casework.query.access;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Whether one file is visible to a viewer, by {@link Visibility}'s condition, for the gateway's checks before a
 * request reaches a file. Reads what {@link FileAccessProjection} wrote in the commands' own transactions; each check
 * is one statement, outside a transaction of its own (a read-only transaction cost two round trips more).
 */
@Component
public class FileVisibility {

    private final NamedParameterJdbcTemplate sql;

    FileVisibility(NamedParameterJdbcTemplate sql) {
        this.sql = sql;
    }

    public boolean visible(UUID fileId, Viewer viewer) {
        if (viewer.seesEveryFile()) {
            return true;
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource(Visibility.parameters(viewer))
                .addValue("file", fileId);
        return Boolean.TRUE.equals(sql.queryForObject("select " + Visibility.sql(viewer, "cast(:file as uuid)"),
                parameters, Boolean.class));
    }

    /** Whether the engagement exists and its client's file is visible to the viewer: one indexed lookup. */
    public boolean engagementVisible(UUID engagementId, Viewer viewer) {
        if (viewer.seesEveryFile()) {
            return true;
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource(Visibility.parameters(viewer))
                .addValue("engagement", engagementId);
        return Boolean.TRUE.equals(sql.queryForObject("select exists (select 1 from engagement_file engagement"
                + " where engagement.engagement_id = :engagement and " + Visibility.sql(viewer, "engagement.client_id")
                + ")", parameters, Boolean.class));
    }

    /** The worker responsible for the file, if the file exists. */
    public Optional<String> responsibleWorker(UUID fileId) {
        return sql.queryForList("select worker from file_access where file_id = :file and basis = 'RESPONSIBLE'",
                new MapSqlParameterSource("file", fileId), String.class).stream().findFirst();
    }
}

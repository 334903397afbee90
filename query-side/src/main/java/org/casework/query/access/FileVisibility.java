package org.casework.query.access;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.UUID;

/**
 * Whether one file is visible to a viewer, by {@link Visibility}'s condition, for the gateway's checks before a
 * request reaches a file. Reads what {@link FileAccessProjection} wrote in the commands' own transactions.
 */
@Component
@Transactional(readOnly = true)
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

    /** The worker responsible for the file, if the file exists. */
    public Optional<String> responsibleWorker(UUID fileId) {
        return sql.queryForList("select worker from file_access where file_id = :file and basis = 'RESPONSIBLE'",
                new MapSqlParameterSource("file", fileId), String.class).stream().findFirst();
    }

    /** The client an engagement belongs to, if the engagement exists. */
    public Optional<UUID> clientOf(UUID engagementId) {
        return sql.queryForList("select client_id from engagement_file where engagement_id = :engagement",
                new MapSqlParameterSource("engagement", engagementId), UUID.class).stream().findFirst();
    }
}

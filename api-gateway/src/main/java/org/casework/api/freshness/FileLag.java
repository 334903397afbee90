package org.casework.api.freshness;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Tells a file the read models have not applied yet from one that does not exist. */
@Component
public class FileLag {

    private final JdbcTemplate jdbc;
    private final ReadModelPositions positions;
    private final FreshnessProperties properties;

    FileLag(JdbcTemplate jdbc, ReadModelPositions positions, FreshnessProperties properties) {
        this.jdbc = jdbc;
        this.positions = positions;
        this.properties = properties;
    }

    /**
     * Whether the file has events the read models had not applied when asked: then a read that did not find it
     * must be repeated (this waits, boundedly, so that the repeat finds it), not answered "not found".
     */
    public boolean notYetApplied(UUID file) {
        Long last = jdbc.queryForObject("select max(global_index) from domain_event_entry"
                + " where aggregate_identifier = ?", Long.class, file.toString());
        if (last == null || positions.passed(last)) {
            return false;
        }
        positions.awaitPassed(last, properties.timeout());
        return true;
    }
}

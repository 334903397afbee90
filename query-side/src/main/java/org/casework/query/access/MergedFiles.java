package org.casework.query.access;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The pointers of merged files, as the merge's own transaction left them. */
@Component
public class MergedFiles {

    private final JdbcTemplate jdbc;

    MergedFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The file a merged file went into; empty for a file that was not merged. */
    public Optional<UUID> survivorOf(UUID clientId) {
        return jdbc.queryForList("select survivor_id from client_merge where merged_id = ?", UUID.class, clientId)
                .stream().findFirst();
    }

    /** The files merged into this one. */
    public List<UUID> mergedInto(UUID survivorId) {
        return jdbc.queryForList("select merged_id from client_merge where survivor_id = ? order by merged_id",
                UUID.class, survivorId);
    }
}

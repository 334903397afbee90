package org.casework.api.readmodel;

import org.casework.api.rebuild.Rebuilds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Starts the rebuild a migration asked for ({@code pending_rebuild}, e.g. V11 when the read models moved to one
 * processor) once the service is up; the live tables answer meanwhile, and the swap clears the request. On several
 * nodes the first one up rebuilds and the others find a rebuild under way.
 */
@Component
class ReadModelUpgrade {

    private static final Logger log = LoggerFactory.getLogger(ReadModelUpgrade.class);

    private final JdbcTemplate jdbc;
    private final Rebuilds rebuilds;

    ReadModelUpgrade(JdbcTemplate jdbc, Rebuilds rebuilds) {
        this.jdbc = jdbc;
        this.rebuilds = rebuilds;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfAskedFor() {
        var reasons = jdbc.queryForList("select reason from pending_rebuild order by created_at", String.class);
        if (reasons.isEmpty()) {
            return;
        }
        log.info("Rebuilding every read model as asked by: {}", reasons);
        if (rebuilds.start(rebuilds.names()).isEmpty()) {
            log.info("A rebuild is already under way on another node");
        }
    }
}

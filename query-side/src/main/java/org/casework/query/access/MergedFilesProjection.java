package org.casework.query.access;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.casework.domain.client.ClientMergedInto;
import org.casework.domain.engagement.EngagementMovedToClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;

/**
 * Which file a merged file went into, and that its engagements are now seen with that file: in the merge's own
 * transaction (processor {@value FileAccessProjection#NAME}), so the merged file answers with its pointer and the
 * moved engagements follow the surviving file's workers from the moment the merge returns.
 */
@Component
@ProcessingGroup(FileAccessProjection.NAME)
class MergedFilesProjection {

    private final JdbcTemplate jdbc;

    MergedFilesProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ClientMergedInto event) {
        jdbc.update("insert into client_merge (merged_id, survivor_id, merged_on) values (?, ?, ?)"
                + " on conflict do nothing", event.clientId(), event.survivorId(), Date.valueOf(event.mergedOn()));
    }

    @EventHandler
    void on(EngagementMovedToClient event) {
        jdbc.update("update engagement_file set client_id = ? where engagement_id = ?", event.clientId(),
                event.engagementId());
    }
}

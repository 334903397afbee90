package org.casework.api.erasure;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.command.client.EraseClient;
import org.casework.domain.EventMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Erasures that a restore found in the key archive but not in the restored event store ({@code restored_erasure}):
 * the key is already gone, and at start-up each is recorded through the normal path, so the file's history shows
 * it and the read models erase their clear copies.
 */
@Component
class RestoredErasures {

    static final String ACTOR = "system:restore";
    private static final Logger log = LoggerFactory.getLogger(RestoredErasures.class);

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;

    RestoredErasures(JdbcTemplate jdbc, CommandGateway commands, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @EventListener(ApplicationReadyEvent.class)
    void recordAfterARestore() {
        Integer recorded;
        do {
            recorded = transaction.execute(status -> recordNext());
        } while (recorded != null && recorded > 0);
    }

    /** One erasure in its own transaction, its row locked so that a second node starting at once skips it. */
    private int recordNext() {
        List<Map<String, Object>> next = jdbc.queryForList("select client_id, reason from restored_erasure"
                + " order by erased_at limit 1 for update skip locked");
        if (next.isEmpty()) {
            return 0;
        }
        UUID client = (UUID) next.get(0).get("client_id");
        String reason = (String) next.get(0).get("reason");
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new EraseClient(client, reason))
                .andMetaData(Map.of(EventMetadata.ACTOR, ACTOR)));
        jdbc.update("delete from restored_erasure where client_id = ?", client);
        log.info("Erasure of client file {} recorded again after a restore", client);
        return 1;
    }
}

package org.casework.api.erasure;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.command.client.EraseClient;
import org.casework.command.rules.FileErasedException;
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

    /**
     * Each erasure in its own transaction. One that fails is logged and tried again at the next start, so the
     * service starts regardless; one already recorded (by another node, or erased since) is done.
     */
    @EventListener(ApplicationReadyEvent.class)
    void recordAfterARestore() {
        for (UUID client : jdbc.queryForList("select client_id from restored_erasure order by erased_at", UUID.class)) {
            try {
                transaction.executeWithoutResult(status -> record(client));
            } catch (FileErasedException e) {
                jdbc.update("delete from restored_erasure where client_id = ?", client);
            } catch (RuntimeException e) {
                log.error("The erasure of client file {} could not be recorded after the restore; it is tried again"
                        + " at the next start (its key stays destroyed)", client, e);
            }
        }
    }

    private void record(UUID client) {
        List<String> reason = jdbc.queryForList("select reason from restored_erasure where client_id = ?"
                + " for update skip locked", String.class, client);
        if (reason.isEmpty()) {
            return;
        }
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new EraseClient(client, reason.get(0)))
                .andMetaData(Map.of(EventMetadata.ACTOR, ACTOR)));
        jdbc.update("delete from restored_erasure where client_id = ?", client);
        log.info("Erasure of client file {} recorded again after a restore", client);
    }
}

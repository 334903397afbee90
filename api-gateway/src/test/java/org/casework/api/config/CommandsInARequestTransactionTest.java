package org.casework.api.config;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.api.support.ApiTest;
import org.casework.command.engagement.OpenEngagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Commands sent inside a request's transaction (a keyed request) undo only their own writes when refused. */
class CommandsInARequestTransactionTest extends ApiTest {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void aRefusedCommandLeavesWhatTheTransactionWroteBeforeAndTheCommandsAfterIt() {
        UUID clientId = registerClient(alice, "Transakční", "Klientka");
        String marker = "marker-" + UUID.randomUUID();
        UUID refused = UUID.randomUUID();
        UUID opened = UUID.randomUUID();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            RequestTransaction.begin();
            jdbc.update("insert into idempotent_request (user_name, idempotency_key, fingerprint, status, body, "
                    + "stored_at) values ('test', ?, '\\x00', 201, '\\x00', now())", marker);
            assertThatThrownBy(() -> commands.sendAndWait(open(clientId, refused, TODAY.plusDays(30))))
                    .hasMessageContaining("openedOn");
            commands.sendAndWait(open(clientId, opened, TODAY));
            RequestTransaction.end();
        });

        assertThat(jdbc.queryForObject("select count(*) from idempotent_request where idempotency_key = ?",
                Long.class, marker)).isEqualTo(1);
        assertThat(storedEventsOf(opened)).isEqualTo(1);
        assertThat(storedEventsOf(refused)).isZero();
    }

    private static OpenEngagement open(UUID clientId, UUID engagementId, java.time.LocalDate openedOn) {
        return new OpenEngagement(clientId, engagementId, "Housing", null, openedOn, "alice", List.of(), null, null,
                null);
    }
}

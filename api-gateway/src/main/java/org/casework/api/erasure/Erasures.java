package org.casework.api.erasure;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.command.client.EraseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Erasure in one transaction: the erasure event joins the client's history and the client's key is destroyed, or
 * neither happens. The read models erase their copies when they handle the event.
 */
@Service
class Erasures {

    private final CommandGateway commands;
    private final PersonalDataKeys keys;
    private final Clock clock;

    Erasures(CommandGateway commands, PersonalDataKeys keys, Clock clock) {
        this.commands = commands;
        this.keys = keys;
        this.clock = clock;
    }

    @Transactional
    public ErasureDone erase(UUID clientId, String reason, String erasedBy) {
        commands.sendAndWait(new EraseClient(clientId, reason));
        keys.destroy(clientId);
        return new ErasureDone(clientId, LocalDate.now(clock), erasedBy, reason.strip());
    }
}

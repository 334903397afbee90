package org.casework.api.erasure;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.command.client.EraseClient;
import org.casework.query.access.MergedFiles;
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
    private final MergedFiles mergedFiles;

    Erasures(CommandGateway commands, PersonalDataKeys keys, Clock clock, MergedFiles mergedFiles) {
        this.commands = commands;
        this.keys = keys;
        this.clock = clock;
        this.mergedFiles = mergedFiles;
    }

    /** The files merged into this one are the same person's: they are erased with it, each with its own key. */
    @Transactional
    public ErasureDone erase(UUID clientId, String reason, String erasedBy) {
        commands.sendAndWait(new EraseClient(clientId, reason));
        keys.destroy(clientId, reason.strip());
        mergedFiles.mergedInto(clientId).stream().filter(merged -> !keys.destroyed(merged))
                .forEach(merged -> erase(merged, reason, erasedBy));
        return new ErasureDone(clientId, LocalDate.now(clock), erasedBy, reason.strip());
    }
}

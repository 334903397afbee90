package org.casework.api.duplicates;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.command.client.MergeClient;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** COORDINATOR and DIRECTOR (the path rules): the file of the path survives, the other goes over into it. */
@RestController
class MergeController {

    private final CommandGateway commands;

    MergeController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/clients/{clientId}/merge")
    ResponseEntity<Void> merge(@PathVariable UUID clientId, @Valid @RequestBody MergeBody body) {
        commands.sendAndWait(new MergeClient(clientId, body.mergedClientId(), body.reason()));
        return ResponseEntity.noContent().build();
    }
}

package org.casework.api.client;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.api.web.Created;
import org.casework.api.web.NotFoundException;
import org.casework.api.web.QueryClient;
import org.casework.command.contract.EndContract;
import org.casework.command.contract.SignContract;
import org.casework.command.plan.AdoptPlan;
import org.casework.command.status.RecordStatus;
import org.casework.query.client.ClientCard;
import org.casework.query.client.ClientQueries.ClientExists;
import org.casework.query.client.ClientQueries.FindClientCard;
import org.casework.query.client.ClientQueries.FindPlanVersions;
import org.casework.query.status.StatusQueries.FindStatusHistory;
import org.casework.query.status.StatusQueries.StatusHistory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Status entries, contracts and the individual plan of a client (R2). */
@RestController
@RequestMapping("/api/clients/{clientId}")
class ClientStatusController {

    private final CommandGateway commands;
    private final QueryClient queries;
    private final Clock clock;

    ClientStatusController(CommandGateway commands, QueryClient queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping("/statuses")
    ResponseEntity<Void> recordStatus(@PathVariable UUID clientId, @Valid @RequestBody StatusBody body) {
        commands.sendAndWait(new RecordStatus(clientId, body.toManualStatus()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/status-history")
    StatusHistory statusHistory(@PathVariable UUID clientId) {
        return queries.find(new FindStatusHistory(clientId), StatusHistory.class)
                .orElseThrow(() -> new NotFoundException("client", clientId));
    }

    @PostMapping("/contracts")
    ResponseEntity<Created> signContract(@PathVariable UUID clientId, @Valid @RequestBody ContractBody body) {
        UUID contractId = UUID.randomUUID();
        commands.sendAndWait(new SignContract(clientId, contractId, body.number(), body.signedOn(), body.validFrom(),
                body.validTo()));
        return Created.at("/api/clients/" + clientId + "/contracts/" + contractId, contractId);
    }

    @PostMapping("/contracts/{contractId}/end")
    ResponseEntity<Void> endContract(@PathVariable UUID clientId, @PathVariable UUID contractId,
                                     @Valid @RequestBody ContractEndBody body) {
        commands.sendAndWait(new EndContract(clientId, contractId, body.endedOn(), body.reason()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/contracts")
    List<ClientCard.Contract> contracts(@PathVariable UUID clientId) {
        return card(clientId).contracts();
    }

    @PutMapping("/plan")
    ResponseEntity<Void> adoptPlan(@PathVariable UUID clientId, @Valid @RequestBody PlanBody body) {
        commands.sendAndWait(new AdoptPlan(clientId, body.validFrom(), body.reviewDue(), body.goals()));
        return ResponseEntity.noContent().build();
    }

    /** The current plan first, then every older version. */
    @GetMapping("/plan")
    List<ClientCard.Plan> planVersions(@PathVariable UUID clientId) {
        if (!queries.one(new ClientExists(clientId), Boolean.class)) {
            throw new NotFoundException("client", clientId);
        }
        return queries.list(new FindPlanVersions(clientId), ClientCard.Plan.class);
    }

    private ClientCard card(UUID clientId) {
        return queries.find(new FindClientCard(clientId, LocalDate.now(clock)), ClientCard.class)
                .orElseThrow(() -> new NotFoundException("client", clientId));
    }
}

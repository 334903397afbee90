package org.casework.api.care;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.api.audit.PersonalRead;
import org.casework.api.web.Created;
import org.casework.api.web.NotFoundException;
import org.casework.api.web.QueryClient;
import org.casework.query.care.ContractCard;
import org.casework.query.care.FileKind;
import org.casework.query.care.PlanCard;
import org.casework.query.status.StatusQueries.FindStatusHistory;
import org.casework.query.status.StatusQueries.StatusHistory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The status entries, contracts and individual plan of a file (R2), the same for a client's and a family's: a
 * subclass maps it under its path and names the commands and queries of its kind of file.
 */
public abstract class CareFileController {

    private final CommandGateway commands;
    private final QueryClient queries;
    private final Clock clock;

    protected CareFileController(CommandGateway commands, QueryClient queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    protected abstract FileKind kind();

    protected abstract String path(UUID id);

    protected abstract Object recordStatusCommand(UUID id, StatusBody body);

    protected abstract Object signContractCommand(UUID id, UUID contractId, ContractBody body);

    protected abstract Object endContractCommand(UUID id, UUID contractId, ContractEndBody body);

    protected abstract Object adoptPlanCommand(UUID id, PlanBody body);

    protected abstract Object markStatusInErrorCommand(UUID id, int entry, String reason);

    protected abstract Object correctContractCommand(UUID id, UUID contractId, ContractCorrectionBody body);

    protected abstract Object voidContractCommand(UUID id, UUID contractId, String reason);

    /** The file's contracts as its card shows them today; a NotFoundException for an unknown file. */
    protected abstract List<ContractCard> contractsOf(UUID id, LocalDate today);

    protected abstract boolean exists(UUID id);

    protected abstract Object findPlanVersions(UUID id);

    @PostMapping("/statuses")
    public ResponseEntity<Void> recordStatus(@PathVariable UUID id, @Valid @RequestBody StatusBody body) {
        commands.sendAndWait(recordStatusCommand(id, body));
        return ResponseEntity.noContent().build();
    }

    /** {@code entry} is the entry's number in recording order, as the status history shows it. */
    @PostMapping("/statuses/{entry}/error")
    public ResponseEntity<Void> markStatusInError(@PathVariable UUID id, @PathVariable int entry,
                                                  @Valid @RequestBody ReasonBody body) {
        commands.sendAndWait(markStatusInErrorCommand(id, entry, body.reason()));
        return ResponseEntity.noContent().build();
    }

    @PersonalRead
    @GetMapping("/status-history")
    public StatusHistory statusHistory(@PathVariable UUID id) {
        return queries.find(new FindStatusHistory(kind(), id), StatusHistory.class)
                .orElseThrow(() -> notFound(id));
    }

    @PostMapping("/contracts")
    public ResponseEntity<Created> signContract(@PathVariable UUID id, @Valid @RequestBody ContractBody body) {
        UUID contractId = UUID.randomUUID();
        commands.sendAndWait(signContractCommand(id, contractId, body));
        return Created.at(path(id) + "/contracts/" + contractId, contractId);
    }

    @PostMapping("/contracts/{contractId}/end")
    public ResponseEntity<Void> endContract(@PathVariable UUID id, @PathVariable UUID contractId,
                                     @Valid @RequestBody ContractEndBody body) {
        commands.sendAndWait(endContractCommand(id, contractId, body));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/contracts/{contractId}/correction")
    public ResponseEntity<Void> correctContract(@PathVariable UUID id, @PathVariable UUID contractId,
                                                @Valid @RequestBody ContractCorrectionBody body) {
        commands.sendAndWait(correctContractCommand(id, contractId, body));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/contracts/{contractId}/void")
    public ResponseEntity<Void> voidContract(@PathVariable UUID id, @PathVariable UUID contractId,
                                             @Valid @RequestBody ReasonBody body) {
        commands.sendAndWait(voidContractCommand(id, contractId, body.reason()));
        return ResponseEntity.noContent().build();
    }

    @PersonalRead
    @GetMapping("/contracts")
    public List<ContractCard> contracts(@PathVariable UUID id) {
        return contractsOf(id, LocalDate.now(clock));
    }

    @PutMapping("/plan")
    public ResponseEntity<Void> adoptPlan(@PathVariable UUID id, @Valid @RequestBody PlanBody body) {
        commands.sendAndWait(adoptPlanCommand(id, body));
        return ResponseEntity.noContent().build();
    }

    /** The current plan first, then every older version. */
    @PersonalRead
    @GetMapping("/plan")
    public List<PlanCard> planVersions(@PathVariable UUID id) {
        if (!exists(id)) {
            throw notFound(id);
        }
        return queries.list(findPlanVersions(id), PlanCard.class);
    }

    protected NotFoundException notFound(UUID id) {
        return new NotFoundException(kind().name().toLowerCase(Locale.ROOT), id);
    }
}

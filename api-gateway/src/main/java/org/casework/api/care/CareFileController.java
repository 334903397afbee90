package org.casework.api.care;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.api.audit.PersonalRead;
import org.casework.api.openapi.ApiTags;
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
@Tag(name = ApiTags.CARE)
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

    @Operation(summary = "Record a status entry of a {file}", description = """
            A worker's (`MANUAL`) status entry: `status` and `effectiveDate` (not in the future, may be backdated) \
            required; `reason` required for `REJECTED` and `TERMINATED` and refused otherwise, `reasonNote` \
            required with `OTHER`, `note`. The history is never edited: the status in force is the entry with the \
            latest effective date, a worker's entry beating an automatic one of the same day. With \
            `statusSharedWithFamily` on, a family's entry is recorded in each current member's file too.""")
    @ApiResponse(responseCode = "204", description = "The status entry is stored.")
    @ApiResponse(responseCode = "422", description = "A status rule is broken, e.g. a missing or refused `reason`, "
            + "`not-in-future`, or only a service user can be suspended.")
    @PostMapping("/statuses")
    public ResponseEntity<Void> recordStatus(@PathVariable UUID id, @Valid @RequestBody StatusBody body) {
        commands.sendAndWait(recordStatusCommand(id, body));
        return ResponseEntity.noContent().build();
    }

    /** {@code entry} is the entry's number in recording order, as the status history shows it. */
    @Operation(summary = "Mark a {file}'s status entry as entered in error", description = """
            Marks status entry number `entry` (its place in the recording order, from 0, as the status history \
            shows it) as entered in error, with a `reason` (up to 2,000 characters). It stays in the history, \
            struck through, and no longer counts anywhere: status, colour, statistics. A family's entry is marked \
            in its current members' copies too.""")
    @ApiResponse(responseCode = "204", description = "The mark is stored.")
    @ApiResponse(responseCode = "404", description = "No such {file}, or the file has no entry of that number.")
    @ApiResponse(responseCode = "422", description = "`entry` `already-in-error`, or `last-counting-entry` (the file's "
            + "only valid entry: record the right status first).")
    @PostMapping("/statuses/{entry}/error")
    public ResponseEntity<Void> markStatusInError(@PathVariable UUID id, @PathVariable int entry,
                                                  @Valid @RequestBody ReasonBody body) {
        commands.sendAndWait(markStatusInErrorCommand(id, entry, body.reason()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Read a {file}'s status history", description = """
            Every status entry ever made, in effective-date order, each with its `entry` number (its place in the \
            recording order), `source` (`MANUAL`, `AUTOMATIC`, `FAMILY`), `recordedBy`, `recordedAt`, `current`, \
            `overridden` (an automatic entry beaten by a worker's of the same day) and `inError`. Logged in the \
            access log.""")
    @PersonalRead
    @GetMapping("/status-history")
    public StatusHistory statusHistory(@PathVariable UUID id) {
        return queries.find(new FindStatusHistory(kind(), id), StatusHistory.class)
                .orElseThrow(() -> notFound(id));
    }

    @Operation(summary = "Sign a contract with a {file}", description = """
            A contract for the service: `number` (unique in the file), `signedOn` (not in the future) and \
            `validFrom` (not before it was signed) required; `validTo` its last valid day (none: until ended). In \
            automatic mode it makes the file `SERVICE_USER` from its first valid day, and `TERMINATED` \
            (`CONTRACT_ENDED`) the day after its last unless another contract is valid.""")
    @ApiResponse(responseCode = "201", description = "The contract is stored; `id` names it.")
    @ApiResponse(responseCode = "422", description = "A contract rule is broken: `number-unique`, `not-in-future`, "
            + "`not-before-valid-from` ...")
    @PostMapping("/contracts")
    public ResponseEntity<Created> signContract(@PathVariable UUID id, @Valid @RequestBody ContractBody body) {
        UUID contractId = UUID.randomUUID();
        commands.sendAndWait(signContractCommand(id, contractId, body));
        return Created.at(path(id) + "/contracts/" + contractId, contractId);
    }

    @Operation(summary = "End a {file}'s contract early", description = """
            Ends a contract: `endedOn` is its last valid day (not before it starts, not after `validTo`), \
            `reason` optional. In automatic mode the file is terminated the day after unless another contract is \
            valid then.""")
    @ApiResponse(responseCode = "204", description = "The end is stored.")
    @ApiResponse(responseCode = "422", description = "A contract rule is broken, or the contract was voided "
            + "(`contractId` `contract-voided`).")
    @PostMapping("/contracts/{contractId}/end")
    public ResponseEntity<Void> endContract(@PathVariable UUID id, @PathVariable UUID contractId,
                                     @Valid @RequestBody ContractEndBody body) {
        commands.sendAndWait(endContractCommand(id, contractId, body));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Correct a {file}'s contract", description = """
            Corrects a contract entered wrongly: `number`, `signedOn`, `validFrom` required, `validTo`, `reason` \
            required. The rules of signing apply to the corrected terms, an early end must still lie within them, \
            and something must change (`contractId` `nothing-to-correct`). In automatic mode the statuses the old \
            terms caused are marked in error by the system and follow the corrected terms.""")
    @ApiResponse(responseCode = "204", description = "The correction is stored as a new event.")
    @ApiResponse(responseCode = "422", description = "A rule of signing is broken, `nothing-to-correct`, the end "
            + "outside the corrected terms (`validFrom not-after-ended`, `validTo not-before-ended`), or "
            + "`contract-voided`.")
    @PostMapping("/contracts/{contractId}/correction")
    public ResponseEntity<Void> correctContract(@PathVariable UUID id, @PathVariable UUID contractId,
                                                @Valid @RequestBody ContractCorrectionBody body) {
        commands.sendAndWait(correctContractCommand(id, contractId, body));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Void a {file}'s contract", description = """
            Voids a contract that should not exist, with a `reason`: it is gone from the card, colours, \
            discrepancies and indicators, stays in the history, and its number may be used again. In automatic \
            mode the statuses it caused are marked in error by the system.""")
    @ApiResponse(responseCode = "204", description = "The void is stored as a new event.")
    @ApiResponse(responseCode = "422", description = "The contract is voided already (`contractId` "
            + "`contract-voided`).")
    @PostMapping("/contracts/{contractId}/void")
    public ResponseEntity<Void> voidContract(@PathVariable UUID id, @PathVariable UUID contractId,
                                             @Valid @RequestBody ReasonBody body) {
        commands.sendAndWait(voidContractCommand(id, contractId, body.reason()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "List a {file}'s contracts", description = """
            The {file}'s contracts (voided ones left out), each with its terms, its end if ended and `validToday` \
            (signed, started, neither run out nor ended). Logged in the access log.""")
    @PersonalRead
    @GetMapping("/contracts")
    public List<ContractCard> contracts(@PathVariable UUID id) {
        return contractsOf(id, LocalDate.now(clock));
    }

    @Operation(summary = "Adopt a new version of a {file}'s individual plan", description = """
            A new version of the individual plan: `validFrom` (not in the future), `reviewDue` (not before \
            `validFrom`) and `goals` (1–50). The latest version is the current plan; a service user with a plan \
            whose review date is today or later is `GREEN`.""")
    @ApiResponse(responseCode = "204", description = "The plan version is stored.")
    @PutMapping("/plan")
    public ResponseEntity<Void> adoptPlan(@PathVariable UUID id, @Valid @RequestBody PlanBody body) {
        commands.sendAndWait(adoptPlanCommand(id, body));
        return ResponseEntity.noContent().build();
    }

    /** The current plan first, then every older version. */
    @Operation(summary = "List a {file}'s individual plan versions", description = """
            Every version of the individual plan, the current one first. Logged in the access log.""")
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

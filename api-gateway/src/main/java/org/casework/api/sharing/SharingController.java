package org.casework.api.sharing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.api.access.FileGuard;
import org.casework.api.audit.PersonalRead;
import org.casework.api.openapi.ApiTags;
import org.casework.api.security.SecurityLog;
import org.casework.api.security.WorkerNames;
import org.casework.api.web.Created;
import org.casework.api.web.NotFoundException;
import org.casework.api.web.QueryClient;
import org.casework.command.rules.Violations;
import org.casework.command.sharing.ChangeFamilyResponsibleWorker;
import org.casework.command.sharing.ChangeResponsibleWorker;
import org.casework.command.sharing.RecordSharingConsent;
import org.casework.command.sharing.RevokeSharingConsent;
import org.casework.command.sharing.ShareFile;
import org.casework.command.sharing.StopSharing;
import org.casework.query.access.FindSharing;
import org.casework.query.access.Sharing;
import org.casework.query.client.ClientQueries.ClientExists;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Who works on a file: the responsible worker (handed over by a coordinator or director), the client's consents to
 * sharing, and the shares resting on them. Consents and shares are managed by the file's responsible worker, a
 * coordinator or a director.
 */
@Tag(name = ApiTags.SHARING)
@RestController
@Validated
class SharingController {

    private final CommandGateway commands;
    private final QueryClient queries;
    private final FileGuard guard;
    private final WorkerNames workerNames;
    private final Clock clock;

    SharingController(CommandGateway commands, QueryClient queries, FileGuard guard, WorkerNames workerNames,
                      Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.guard = guard;
        this.workerNames = workerNames;
        this.clock = clock;
    }

    @Operation(summary = "Read who works on a client file", description = """
            The file's `responsibleWorker`, the client's `consents` to sharing (newest first, each with `inForce` \
            today) and the `shares` (each with its `consentId`, `lastDay` and `inForce`). Logged in the access \
            log.""")
    @PersonalRead
    @GetMapping("/api/clients/{clientId}/sharing")
    Sharing sharing(@PathVariable UUID clientId) {
        if (!Boolean.TRUE.equals(queries.find(new ClientExists(clientId), Boolean.class).orElse(false))) {
            throw new NotFoundException("client", clientId);
        }
        return queries.find(new FindSharing(clientId, LocalDate.now(clock)), Sharing.class).orElseThrow();
    }

    @Operation(summary = "Record the client's consent to sharing", description = """
            The client's consent (GDPR) to share the file: `givenOn` and `scope` (`ANY_WORKER` or `NAMED_WORKERS`) \
            required; `validUntil` its last day (none: until revoked), `workers` (only, and required, with \
            `NAMED_WORKERS`). Recorded by the file's responsible worker, a coordinator or a director.""")
    @ApiResponse(responseCode = "201", description = "The consent is stored; `id` names it, `Location` is the file's "
            + "sharing.")
    @ApiResponse(responseCode = "403", description = "The caller's role does not allow it, or a worker who is not the "
            + "file's responsible worker.")
    @ApiResponse(responseCode = "422", description = "A consent rule is broken, e.g. `workers` missing or refused for "
            + "the scope, `unknown-worker`, `date-range`.")
    @PostMapping("/api/clients/{clientId}/consents")
    ResponseEntity<Created> recordConsent(@PathVariable UUID clientId, @Valid @RequestBody ConsentBody body,
                                          Authentication caller, HttpServletRequest request) {
        guard.requireManager(caller, clientId, SecurityLog.endpoint(request));
        Violations violations = new Violations();
        workerNames.check(violations, "workers", body.workers());
        violations.throwIfAny();
        UUID consentId = UUID.randomUUID();
        commands.sendAndWait(new RecordSharingConsent(clientId, consentId, body.givenOn(), body.validUntil(),
                body.scope(), body.workers()));
        return Created.at("/api/clients/" + clientId + "/sharing", consentId);
    }

    @Operation(summary = "Revoke a consent to sharing", description = """
            The client withdrew the consent: `revokedOn` (default today; the body may be left out). Shares resting \
            on it stop at once: the shared workers get `404` for the file from this moment.""")
    @ApiResponse(responseCode = "204", description = "The revocation is stored.")
    @ApiResponse(responseCode = "403", description = "The caller's role does not allow it, or a worker who is not the "
            + "file's responsible worker.")
    @PostMapping("/api/clients/{clientId}/consents/{consentId}/revocation")
    ResponseEntity<Void> revokeConsent(@PathVariable UUID clientId, @PathVariable UUID consentId,
                                       @Valid @RequestBody(required = false) RevocationBody body,
                                       Authentication caller, HttpServletRequest request) {
        guard.requireManager(caller, clientId, SecurityLog.endpoint(request));
        LocalDate revokedOn = body == null || body.revokedOn() == null ? LocalDate.now(clock) : body.revokedOn();
        commands.sendAndWait(new RevokeSharingConsent(clientId, consentId, revokedOn));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Share a client file with a worker", description = """
            Shares the file with `worker`, which needs a consent in force today that covers them \
            (`no-consent-in-force`). The share works exactly while its consent is in force: from the day after \
            `validUntil`, or from a revocation, the worker no longer sees the file.""")
    @ApiResponse(responseCode = "204", description = "The share is stored; the worker sees the file at once.")
    @ApiResponse(responseCode = "403", description = "The caller's role does not allow it, or a worker who is not the "
            + "file's responsible worker.")
    @ApiResponse(responseCode = "422", description = "`no-consent-in-force`, `unknown-worker`.")
    @PostMapping("/api/clients/{clientId}/shares")
    ResponseEntity<Void> share(@PathVariable UUID clientId, @Valid @RequestBody WorkerBody body,
                               Authentication caller, HttpServletRequest request) {
        guard.requireManager(caller, clientId, SecurityLog.endpoint(request));
        checkWorker(body.worker());
        commands.sendAndWait(new ShareFile(clientId, body.worker()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Stop sharing a client file with a worker", description = """
            Ends the share of `worker`: they lose the file at once.""")
    @ApiResponse(responseCode = "204", description = "The share is ended.")
    @ApiResponse(responseCode = "403", description = "The caller's role does not allow it, or a worker who is not the "
            + "file's responsible worker.")
    @DeleteMapping("/api/clients/{clientId}/shares/{worker}")
    ResponseEntity<Void> stopSharing(@PathVariable UUID clientId, @PathVariable @Size(max = 100) String worker,
                                     Authentication caller, HttpServletRequest request) {
        guard.requireManager(caller, clientId, SecurityLog.endpoint(request));
        commands.sendAndWait(new StopSharing(clientId, worker));
        return ResponseEntity.noContent().build();
    }

    /** Coordinators and directors only (the path rules). */
    @Operation(summary = "Hand a client file over to another worker", description = """
            COORDINATOR and DIRECTOR: `worker` (an enabled user with role WORKER, COORDINATOR or DIRECTOR) becomes \
            the file's responsible worker; the previous worker loses the file at once, unless it is shared with \
            them.""")
    @ApiResponse(responseCode = "204", description = "The new responsible worker is stored.")
    @ApiResponse(responseCode = "422", description = "The worker is unknown, disabled or keeps no files "
            + "(`unknown-worker`).")
    @PutMapping("/api/clients/{clientId}/responsible-worker")
    ResponseEntity<Void> handOverClient(@PathVariable UUID clientId, @Valid @RequestBody WorkerBody body) {
        checkWorker(body.worker());
        commands.sendAndWait(new ChangeResponsibleWorker(clientId, body.worker()));
        return ResponseEntity.noContent().build();
    }

    /** Coordinators and directors only (the path rules). */
    @Operation(summary = "Hand a family file over to another worker", description = """
            COORDINATOR and DIRECTOR: `worker` (an enabled user with role WORKER, COORDINATOR or DIRECTOR) becomes \
            the family's responsible worker; the previous worker loses the family at once.""")
    @ApiResponse(responseCode = "204", description = "The new responsible worker is stored.")
    @ApiResponse(responseCode = "422", description = "The worker is unknown, disabled or keeps no files "
            + "(`unknown-worker`).")
    @PutMapping("/api/families/{familyId}/responsible-worker")
    ResponseEntity<Void> handOverFamily(@PathVariable UUID familyId, @Valid @RequestBody WorkerBody body) {
        checkWorker(body.worker());
        commands.sendAndWait(new ChangeFamilyResponsibleWorker(familyId, body.worker()));
        return ResponseEntity.noContent().build();
    }

    private void checkWorker(String worker) {
        Violations violations = new Violations();
        workerNames.check(violations, "worker", worker);
        violations.throwIfAny();
    }
}

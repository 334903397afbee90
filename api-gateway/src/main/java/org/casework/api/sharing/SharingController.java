package org.casework.api.sharing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.api.access.FileGuard;
import org.casework.api.audit.PersonalRead;
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

    @PersonalRead
    @GetMapping("/api/clients/{clientId}/sharing")
    Sharing sharing(@PathVariable UUID clientId) {
        if (!Boolean.TRUE.equals(queries.find(new ClientExists(clientId), Boolean.class).orElse(false))) {
            throw new NotFoundException("client", clientId);
        }
        return queries.find(new FindSharing(clientId, LocalDate.now(clock)), Sharing.class).orElseThrow();
    }

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

    @PostMapping("/api/clients/{clientId}/consents/{consentId}/revocation")
    ResponseEntity<Void> revokeConsent(@PathVariable UUID clientId, @PathVariable UUID consentId,
                                       @Valid @RequestBody(required = false) RevocationBody body,
                                       Authentication caller, HttpServletRequest request) {
        guard.requireManager(caller, clientId, SecurityLog.endpoint(request));
        LocalDate revokedOn = body == null || body.revokedOn() == null ? LocalDate.now(clock) : body.revokedOn();
        commands.sendAndWait(new RevokeSharingConsent(clientId, consentId, revokedOn));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/clients/{clientId}/shares")
    ResponseEntity<Void> share(@PathVariable UUID clientId, @Valid @RequestBody WorkerBody body,
                               Authentication caller, HttpServletRequest request) {
        guard.requireManager(caller, clientId, SecurityLog.endpoint(request));
        checkWorker(body.worker());
        commands.sendAndWait(new ShareFile(clientId, body.worker()));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/clients/{clientId}/shares/{worker}")
    ResponseEntity<Void> stopSharing(@PathVariable UUID clientId, @PathVariable @Size(max = 100) String worker,
                                     Authentication caller, HttpServletRequest request) {
        guard.requireManager(caller, clientId, SecurityLog.endpoint(request));
        commands.sendAndWait(new StopSharing(clientId, worker));
        return ResponseEntity.noContent().build();
    }

    /** Coordinators and directors only (the path rules). */
    @PutMapping("/api/clients/{clientId}/responsible-worker")
    ResponseEntity<Void> handOverClient(@PathVariable UUID clientId, @Valid @RequestBody WorkerBody body) {
        checkWorker(body.worker());
        commands.sendAndWait(new ChangeResponsibleWorker(clientId, body.worker()));
        return ResponseEntity.noContent().build();
    }

    /** Coordinators and directors only (the path rules). */
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

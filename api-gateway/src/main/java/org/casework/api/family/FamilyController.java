package org.casework.api.family;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.api.access.FileGuard;
import org.casework.api.audit.PersonalRead;
import org.casework.api.security.Caller;
import org.casework.api.security.SecurityLog;
import org.casework.api.security.WorkerNames;
import org.casework.api.web.Created;
import org.casework.api.web.NotFoundException;
import org.casework.api.web.QueryClient;
import org.casework.command.family.AddMember;
import org.casework.command.family.CreateFamily;
import org.casework.command.family.MemberFiles;
import org.casework.command.family.RemoveMember;
import org.casework.command.rules.Violations;
import org.casework.domain.status.Status;
import org.casework.query.family.FamilyCard;
import org.casework.query.family.FamilyQueries.FindFamilies;
import org.casework.query.family.FamilyQueries.FindFamilyCard;
import org.casework.query.family.FamilyRow;
import org.casework.query.status.Colour;
import org.casework.query.support.PageOf;
import org.casework.query.support.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Families (households): their files, the coloured family overview and membership. */
@RestController
@RequestMapping("/api/families")
class FamilyController {

    private final CommandGateway commands;
    private final QueryClient queries;
    private final FileGuard guard;
    private final WorkerNames workerNames;
    private final Clock clock;

    FamilyController(CommandGateway commands, QueryClient queries, FileGuard guard, WorkerNames workerNames,
                     Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.guard = guard;
        this.workerNames = workerNames;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<Created> create(@Valid @RequestBody FamilyBody body, Principal caller) {
        Violations violations = new Violations();
        workerNames.check(violations, "responsibleWorker", body.responsibleWorker());
        violations.throwIfAny();
        UUID familyId = UUID.randomUUID();
        commands.sendAndWait(new CreateFamily(familyId, body.name(),
                body.address() == null ? null : body.address().toAddress(),
                body.responsibleWorker() != null ? body.responsibleWorker() : caller.getName(),
                body.createdOn() != null ? body.createdOn() : LocalDate.now(clock)));
        return Created.at("/api/families/" + familyId, familyId);
    }

    /** The coloured family overview, in name order, of the families visible to the caller; colours are today's. */
    @GetMapping
    PageOf<FamilyRow> overview(@RequestParam(required = false) @Size(max = 100) String worker,
                               @RequestParam(required = false) @Size(max = 200) String q,
                               @RequestParam(required = false) Status status,
                               @RequestParam(required = false) Colour colour,
                               @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size,
                               @RequestParam(defaultValue = "false") boolean count,
                               Authentication caller) {
        LocalDate today = LocalDate.now(clock);
        return queries.page(new FindFamilies(worker, q, status, colour, today, Caller.viewer(caller, today),
                new Paging(page, size, count)), FamilyRow.class);
    }

    @PersonalRead
    @GetMapping("/{familyId}")
    FamilyCard card(@PathVariable UUID familyId) {
        return queries.find(new FindFamilyCard(familyId, LocalDate.now(clock)), FamilyCard.class)
                .orElseThrow(() -> new NotFoundException("family", familyId));
    }

    /** The caller must see the client as well as the family; a client they may not see is an unknown one. */
    @PostMapping("/{familyId}/members")
    ResponseEntity<Void> addMember(@PathVariable UUID familyId, @Valid @RequestBody MemberBody body,
                                   Authentication caller, HttpServletRequest request) {
        if (!guard.visible(caller, FileGuard.Kind.CLIENT, body.clientId(), SecurityLog.endpoint(request))) {
            throw MemberFiles.unknownClient(body.clientId());
        }
        commands.sendAndWait(new AddMember(familyId, body.clientId(), body.relation(),
                body.since() != null ? body.since() : LocalDate.now(clock)));
        return ResponseEntity.noContent().build();
    }

    /** The member leaves the family; {@code leftOn}, their last day as a member, is today when absent. */
    @DeleteMapping("/{familyId}/members/{clientId}")
    ResponseEntity<Void> removeMember(@PathVariable UUID familyId, @PathVariable UUID clientId,
                                      @RequestParam(required = false)
                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn) {
        commands.sendAndWait(new RemoveMember(familyId, clientId, leftOn != null ? leftOn : LocalDate.now(clock)));
        return ResponseEntity.noContent().build();
    }
}

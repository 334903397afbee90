package org.casework.api.family;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.api.access.FileGuard;
import org.casework.api.audit.PersonalRead;
import org.casework.api.openapi.ApiTags;
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
@Tag(name = ApiTags.FAMILIES)
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

    @Operation(summary = "Create a family file", description = """
            Opens a family file for clients who live together and are served as a unit: `name` required; \
            `address`, `responsibleWorker` (default: the caller, else an enabled worker), `createdOn` (the first \
            contact, default today, may be backdated). Members join with `POST /api/families/{familyId}/members`. \
            In automatic mode the family starts as `APPLICANT` (or `CONTACTED`).""")
    @ApiResponse(responseCode = "201", description = "The family file is stored; `id` names it, `Location` is its "
            + "card.")
    @ApiResponse(responseCode = "422", description = "A rule is broken, e.g. `unknown-worker` (field "
            + "`responsibleWorker`), `date-range`.")
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
    @Operation(summary = "List families: the coloured family overview", description = """
            The family files the caller may see, in name order, each with its own `status`, `statusSince`, today's \
            `colour` and `explanation`, `responsibleWorker` and `memberCount`. Filters as for clients: `status`, \
            `colour`, `worker`, `q` (searches the family's name). `total` only with `count=true`.""")
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

    @Operation(summary = "Read a family's card", description = """
            The family file as of today: name and address, its own `status`, `colour`, `explanation`, `contracts` \
            and `plan`; the current `members` with their `relation`, `since` and their own status and colour; \
            `formerMembers` with `leftOn`. Logged in the access log.""")
    @PersonalRead
    @GetMapping("/{familyId}")
    FamilyCard card(@PathVariable UUID familyId) {
        return queries.find(new FindFamilyCard(familyId, LocalDate.now(clock)), FamilyCard.class)
                .orElseThrow(() -> new NotFoundException("family", familyId));
    }

    /** The caller must see the client as well as the family; a client they may not see is an unknown one. */
    @Operation(summary = "Add a member to a family", description = """
            A client joins the family: `clientId` and `relation` (to the family's reference person) required, \
            `since` (default today, not in the future). A client belongs to at most one family at a time, decided \
            by the client's own file even when two families add the same client at once; one reference person at a \
            time. The caller must be able to see the client too.""")
    @ApiResponse(responseCode = "204", description = "The membership is stored in the family's and the client's file.")
    @ApiResponse(responseCode = "422", description = "A membership rule is broken: `already-in-another-family` "
            + "(naming that family), `already-member`, `one-reference-person`, `unknown-client`, `not-in-future`.")
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
    @Operation(summary = "Let a member leave a family", description = """
            The member leaves the family; `leftOn` is their last day as a member (default today, not before they \
            joined). They keep every status entry the family shared with them and get no later ones. An erased \
            client may still leave.""")
    @ApiResponse(responseCode = "204", description = "The member has left.")
    @ApiResponse(responseCode = "404", description = "No such family, or the client is not a member.")
    @ApiResponse(responseCode = "422", description = "`leftOn` `not-before-joined`.")
    @DeleteMapping("/{familyId}/members/{clientId}")
    ResponseEntity<Void> removeMember(@PathVariable UUID familyId, @PathVariable UUID clientId,
                                      @RequestParam(required = false)
                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn) {
        commands.sendAndWait(new RemoveMember(familyId, clientId, leftOn != null ? leftOn : LocalDate.now(clock)));
        return ResponseEntity.noContent().build();
    }
}

package org.casework.api.engagement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.api.audit.PersonalRead;
import org.casework.api.openapi.ApiTags;
import org.casework.api.web.Created;
import org.casework.api.web.NotFoundException;
import org.casework.api.web.QueryClient;
import org.casework.command.engagement.CloseEngagement;
import org.casework.command.engagement.CorrectClosure;
import org.casework.command.engagement.CorrectConsultation;
import org.casework.command.engagement.EditEngagementDetails;
import org.casework.command.engagement.NewConsultation;
import org.casework.command.engagement.OpenEngagement;
import org.casework.command.engagement.RecordConsultations;
import org.casework.command.engagement.ReopenEngagement;
import org.casework.command.engagement.VoidConsultation;
import org.casework.command.rules.RuleViolationException;
import org.casework.query.client.ClientQueries.ClientExists;
import org.casework.query.engagement.EngagementQueries.FindEngagement;
import org.casework.query.engagement.EngagementQueries.FindEngagementsOfClient;
import org.casework.query.engagement.EngagementSummary;
import org.casework.query.support.PageOf;
import org.casework.query.support.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

@Tag(name = ApiTags.ENGAGEMENTS)
@RestController
class EngagementController {

    private static final String SINGLE = "consultations[0].";
    private static final String CORRECTED = "consultation.";

    private final CommandGateway commands;
    private final QueryClient queries;

    EngagementController(CommandGateway commands, QueryClient queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "Open an engagement for a client", description = """
            Opens an engagement (zakázka) in the client's file: `title` and `openedOn` required (not in the future, \
            may be backdated); `goal`, `responsibleWorker` (default: the caller), `problemTypes`, `problemTypeNote` \
            (required with `OTHER`), `peopleInvolved`, `problemDescription`. The engagement belongs to this client \
            for good. In automatic mode a `CONTACTED` client becomes `APPLICANT`.""")
    @ApiResponse(responseCode = "201",
            description = "The engagement is stored; `id` names it, `Location` is where it is read.")
    @PostMapping("/api/clients/{clientId}/engagements")
    ResponseEntity<Created> open(@PathVariable UUID clientId, @Valid @RequestBody OpenEngagementBody body,
                                 Principal caller) {
        UUID engagementId = UUID.randomUUID();
        commands.sendAndWait(new OpenEngagement(clientId, engagementId, body.title(), body.goal(), body.openedOn(),
                body.responsibleWorker() != null ? body.responsibleWorker() : caller.getName(),
                body.problemTypes(), body.problemTypeNote(), body.peopleInvolved(), body.problemDescription()));
        return Created.at("/api/engagements/" + engagementId, engagementId);
    }

    /** The client's engagements, open ones first, newest first. */
    @Operation(summary = "List a client's engagements", description = """
            The client's engagements, open ones first, then newest, each with its closure and consultation \
            totals; the engagements of files merged into this one are listed here too. Logged in the access log.""")
    @PersonalRead
    @GetMapping("/api/clients/{clientId}/engagements")
    PageOf<EngagementSummary> ofClient(@PathVariable UUID clientId,
                                       @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                                       @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        if (!queries.one(new ClientExists(clientId), Boolean.class)) {
            throw new NotFoundException("client", clientId);
        }
        return queries.page(new FindEngagementsOfClient(clientId, new Paging(page, size)), EngagementSummary.class);
    }

    @Operation(summary = "Read an engagement", description = """
            One engagement with its client, description, closure (if closed) and consultation totals (count, \
            minutes, last consultation), voided consultations not counted. Logged in the access log.""")
    @PersonalRead
    @GetMapping("/api/engagements/{engagementId}")
    EngagementSummary engagement(@PathVariable UUID engagementId) {
        return queries.find(new FindEngagement(engagementId), EngagementSummary.class)
                .orElseThrow(() -> new NotFoundException("engagement", engagementId));
    }

    @Operation(summary = "Record a consultation", description = """
            Records one consultation into an open engagement: `date` (not before the engagement opened, not in the \
            future), `kind`, `durationMinutes` (1–1440) and `place` required; `placeNote` (required with \
            `ELSEWHERE`), `worker` (default: the caller), `record`, `participants`, `travelMinutes` (0–1440, only \
            outside the office).""")
    @ApiResponse(responseCode = "201", description = "The consultation is stored; `id` names it.")
    @ApiResponse(responseCode = "422", description = "A rule of recording is broken, e.g. `not-in-future`, "
            + "`not-before-engagement-opened`, `engagement-closed`, `control-character`.")
    @PostMapping("/api/engagements/{engagementId}/consultations")
    ResponseEntity<Created> record(@PathVariable UUID engagementId, @Valid @RequestBody ConsultationBody body,
                                   Principal caller) {
        NewConsultation consultation = body.toNewConsultation(caller.getName());
        try {
            commands.sendAndWait(new RecordConsultations(engagementId, List.of(consultation)));
        } catch (RuleViolationException e) {
            // one consultation is recorded as a batch of one; the caller sent it unwrapped
            throw e.withoutFieldPrefix(SINGLE);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(consultation.consultationId()));
    }

    @Operation(summary = "Record many consultations at once", description = """
            Records up to 500 consultations (`{"consultations": [...]}`, each as for one) all or nothing: the \
            batch is validated whole before anything is stored, and a broken rule names the consultation by its \
            place, e.g. `consultations[2].date`.""")
    @ApiResponse(responseCode = "201", description = "Every consultation is stored; `ids` name them in the order sent.")
    @PostMapping("/api/engagements/{engagementId}/consultations/batch")
    ResponseEntity<CreatedMany> recordBatch(@PathVariable UUID engagementId,
                                            @Valid @RequestBody ConsultationBatchBody body, Principal caller) {
        List<NewConsultation> consultations = body.consultations().stream()
                .map(consultation -> consultation.toNewConsultation(caller.getName())).toList();
        List<UUID> ids = commands.sendAndWait(new RecordConsultations(engagementId, consultations));
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedMany(ids));
    }

    @Operation(summary = "Close an engagement", description = """
            Closes the engagement: `closedOn` (not before it opened nor before its last consultation that counts, \
            not in the future) and `reason` required; `reasonNote` (required with `OTHER`), `followUp`, \
            `followUpAgreement` (only with `followUp: true`). An engagement closes once; correct a closure with \
            `closure/correction`.""")
    @ApiResponse(responseCode = "204", description = "The closure is stored.")
    @PostMapping("/api/engagements/{engagementId}/closure")
    ResponseEntity<Void> close(@PathVariable UUID engagementId, @Valid @RequestBody ClosureBody body) {
        commands.sendAndWait(new CloseEngagement(engagementId, body.closedOn(), body.reason(), body.reasonNote(),
                Boolean.TRUE.equals(body.followUp()), body.followUpAgreement()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Correct a consultation", description = """
            Corrects a consultation entered wrongly: the whole consultation as it should have been recorded (the \
            fields of recording; `worker` absent keeps the recorded one) and `reason` (required, up to 2,000 \
            characters). The rules of recording apply; a closed engagement's consultation stays within the days it \
            was open (`not-after-engagement-closed`). The original stays in the engagement's history.""")
    @ApiResponse(responseCode = "204", description = "The correction is stored as a new event.")
    @ApiResponse(responseCode = "422", description = "A rule of recording is broken, or the consultation was voided "
            + "(`consultationId` `voided`).")
    @PostMapping("/api/engagements/{engagementId}/consultations/{consultationId}/correction")
    ResponseEntity<Void> correctConsultation(@PathVariable UUID engagementId, @PathVariable UUID consultationId,
                                             @Valid @RequestBody ConsultationCorrectionBody body) {
        try {
            commands.sendAndWait(new CorrectConsultation(engagementId, body.toCorrected(consultationId),
                    body.reason()));
        } catch (RuleViolationException e) {
            // the command nests the consultation; the caller sent it unwrapped
            throw e.withoutFieldPrefix(CORRECTED);
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Void a consultation", description = """
            Voids a consultation that should never have been recorded, with a `reason`: it then counts nowhere \
            (chronology, totals, last contact, indicators, discrepancies, the no-contact rule) but stays in the \
            history.""")
    @ApiResponse(responseCode = "204", description = "The void is stored as a new event.")
    @ApiResponse(responseCode = "422", description = "The consultation is voided already (`consultationId` `voided`).")
    @PostMapping("/api/engagements/{engagementId}/consultations/{consultationId}/void")
    ResponseEntity<Void> voidConsultation(@PathVariable UUID engagementId, @PathVariable UUID consultationId,
                                          @Valid @RequestBody CorrectionReasonBody body) {
        commands.sendAndWait(new VoidConsultation(engagementId, consultationId, body.reason()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Edit an engagement's description", description = """
            Replaces the title, goal, problem types, people involved and problem description of an open or closed \
            engagement together: `title` and `reason` required, an absent field is emptied, `problemTypeNote` \
            required with `OTHER`.""")
    @ApiResponse(responseCode = "204", description = "The edit is stored as a new event.")
    @PutMapping("/api/engagements/{engagementId}/details")
    ResponseEntity<Void> editDetails(@PathVariable UUID engagementId, @Valid @RequestBody EngagementDetailsBody body) {
        commands.sendAndWait(new EditEngagementDetails(engagementId, body.title(), body.goal(), body.problemTypes(),
                body.problemTypeNote(), body.peopleInvolved(), body.problemDescription(), body.reason()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Correct an engagement's closure", description = """
            Corrects a closed engagement's closure: the fields of closing and `correctionReason` (required). The \
            rules of closing apply (not before the opening or the last consultation that counts, not in the \
            future).""")
    @ApiResponse(responseCode = "204", description = "The corrected closure is stored as a new event.")
    @ApiResponse(responseCode = "422", description = "A rule of closing is broken, or the engagement is open "
            + "(`engagementId` `engagement-closed`).")
    @PostMapping("/api/engagements/{engagementId}/closure/correction")
    ResponseEntity<Void> correctClosure(@PathVariable UUID engagementId,
                                        @Valid @RequestBody ClosureCorrectionBody body) {
        commands.sendAndWait(new CorrectClosure(engagementId, body.closedOn(), body.reason(), body.reasonNote(),
                Boolean.TRUE.equals(body.followUp()), body.followUpAgreement(), body.correctionReason()));
        return ResponseEntity.noContent().build();
    }

    /** Routed through the client's file, which refuses it once erased; the read model names the client. */
    @Operation(summary = "Reopen a closed engagement", description = """
            Reopens a closed engagement with a `reason`: it is open as if never closed, takes consultations and \
            counts again in open engagements and discrepancies. Goes through the client's file, so an erased \
            client's engagement answers `410`. In automatic mode a `CONTACTED` client becomes `APPLICANT`.""")
    @ApiResponse(responseCode = "204", description = "The reopening is stored.")
    @ApiResponse(responseCode = "422", description = "The engagement is open (`engagementId` `engagement-closed`).")
    @PostMapping("/api/engagements/{engagementId}/reopening")
    ResponseEntity<Void> reopen(@PathVariable UUID engagementId, @Valid @RequestBody CorrectionReasonBody body) {
        EngagementSummary engagement = queries.find(new FindEngagement(engagementId), EngagementSummary.class)
                .orElseThrow(() -> new NotFoundException("engagement", engagementId));
        commands.sendAndWait(new ReopenEngagement(engagement.clientId(), engagementId, body.reason()));
        return ResponseEntity.noContent().build();
    }
}

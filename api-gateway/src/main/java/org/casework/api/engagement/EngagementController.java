package org.casework.api.engagement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.api.audit.PersonalRead;
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

    @PersonalRead
    @GetMapping("/api/engagements/{engagementId}")
    EngagementSummary engagement(@PathVariable UUID engagementId) {
        return queries.find(new FindEngagement(engagementId), EngagementSummary.class)
                .orElseThrow(() -> new NotFoundException("engagement", engagementId));
    }

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

    @PostMapping("/api/engagements/{engagementId}/consultations/batch")
    ResponseEntity<CreatedMany> recordBatch(@PathVariable UUID engagementId,
                                            @Valid @RequestBody ConsultationBatchBody body, Principal caller) {
        List<NewConsultation> consultations = body.consultations().stream()
                .map(consultation -> consultation.toNewConsultation(caller.getName())).toList();
        List<UUID> ids = commands.sendAndWait(new RecordConsultations(engagementId, consultations));
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedMany(ids));
    }

    @PostMapping("/api/engagements/{engagementId}/closure")
    ResponseEntity<Void> close(@PathVariable UUID engagementId, @Valid @RequestBody ClosureBody body) {
        commands.sendAndWait(new CloseEngagement(engagementId, body.closedOn(), body.reason(), body.reasonNote(),
                Boolean.TRUE.equals(body.followUp()), body.followUpAgreement()));
        return ResponseEntity.noContent().build();
    }

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

    @PostMapping("/api/engagements/{engagementId}/consultations/{consultationId}/void")
    ResponseEntity<Void> voidConsultation(@PathVariable UUID engagementId, @PathVariable UUID consultationId,
                                          @Valid @RequestBody CorrectionReasonBody body) {
        commands.sendAndWait(new VoidConsultation(engagementId, consultationId, body.reason()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/engagements/{engagementId}/details")
    ResponseEntity<Void> editDetails(@PathVariable UUID engagementId, @Valid @RequestBody EngagementDetailsBody body) {
        commands.sendAndWait(new EditEngagementDetails(engagementId, body.title(), body.goal(), body.problemTypes(),
                body.problemTypeNote(), body.peopleInvolved(), body.problemDescription(), body.reason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/engagements/{engagementId}/closure/correction")
    ResponseEntity<Void> correctClosure(@PathVariable UUID engagementId,
                                        @Valid @RequestBody ClosureCorrectionBody body) {
        commands.sendAndWait(new CorrectClosure(engagementId, body.closedOn(), body.reason(), body.reasonNote(),
                Boolean.TRUE.equals(body.followUp()), body.followUpAgreement(), body.correctionReason()));
        return ResponseEntity.noContent().build();
    }

    /** Routed through the client's file, which refuses it once erased; the read model names the client. */
    @PostMapping("/api/engagements/{engagementId}/reopening")
    ResponseEntity<Void> reopen(@PathVariable UUID engagementId, @Valid @RequestBody CorrectionReasonBody body) {
        EngagementSummary engagement = queries.find(new FindEngagement(engagementId), EngagementSummary.class)
                .orElseThrow(() -> new NotFoundException("engagement", engagementId));
        commands.sendAndWait(new ReopenEngagement(engagement.clientId(), engagementId, body.reason()));
        return ResponseEntity.noContent().build();
    }
}

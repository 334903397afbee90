package org.casework.api.client;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.api.audit.PersonalRead;
import org.casework.api.duplicates.SimilarFiles;
import org.casework.api.security.Caller;
import org.casework.api.security.WorkerNames;
import org.casework.api.web.Created;
import org.casework.api.web.NotFoundException;
import org.casework.api.web.QueryClient;
import org.casework.command.client.RecordServiceApplication;
import org.casework.command.client.RegisterClient;
import org.casework.command.client.RequestTimeSlots;
import org.casework.command.client.UpdatePersonalData;
import org.casework.command.rules.Violations;
import org.casework.domain.client.PersonalData;
import org.casework.domain.status.Status;
import org.casework.query.client.ClientCard;
import org.casework.query.client.ClientQueries.FindClientCard;
import org.casework.query.client.ClientQueries.FindClients;
import org.casework.query.client.ClientRow;
import org.casework.query.status.Colour;
import org.casework.query.support.PageOf;
import org.casework.query.support.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

@RestController
@RequestMapping("/api/clients")
class ClientController {

    private final CommandGateway commands;
    private final QueryClient queries;
    private final WorkerNames workerNames;
    private final Clock clock;
    private final SimilarFiles similarFiles;

    ClientController(CommandGateway commands, QueryClient queries, WorkerNames workerNames, Clock clock,
                     SimilarFiles similarFiles) {
        this.similarFiles = similarFiles;
        this.commands = commands;
        this.queries = queries;
        this.workerNames = workerNames;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<Created> register(@Valid @RequestBody RegisterClientBody body, Principal caller) {
        Violations violations = new Violations();
        workerNames.check(violations, "responsibleWorker", body.responsibleWorker);
        violations.throwIfAny();
        UUID clientId = UUID.randomUUID();
        PersonalData person = body.toPersonalData();
        commands.sendAndWait(new RegisterClient(clientId, person,
                body.responsibleWorker != null ? body.responsibleWorker : caller.getName(),
                body.registeredOn != null ? body.registeredOn : LocalDate.now(clock),
                similarFiles.confirmedDistinctFrom(person, Boolean.TRUE.equals(body.confirmedDistinct))));
        return Created.at("/api/clients/" + clientId, clientId);
    }

    /** The coloured overview, in name order, of the files visible to the caller; colours are those of today. */
    @GetMapping
    PageOf<ClientRow> overview(@RequestParam(required = false) @Size(max = 100) String worker,
                       @RequestParam(required = false) @Size(max = 200) String q,
                       @RequestParam(required = false) Status status,
                       @RequestParam(required = false) Colour colour,
                       @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                       @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size,
                       @RequestParam(defaultValue = "false") boolean count,
                       Authentication caller) {
        LocalDate today = LocalDate.now(clock);
        return queries.page(new FindClients(worker, q, status, colour, today, Caller.viewer(caller, today),
                new Paging(page, size, count)), ClientRow.class);
    }

    @PersonalRead
    @GetMapping("/{clientId}")
    ClientCard card(@PathVariable UUID clientId) {
        return queries.find(new FindClientCard(clientId, LocalDate.now(clock)), ClientCard.class)
                .orElseThrow(() -> new NotFoundException("client", clientId));
    }

    @PutMapping("/{clientId}/personal-data")
    ResponseEntity<Void> updatePersonalData(@PathVariable UUID clientId, @Valid @RequestBody PersonalDataBody body) {
        commands.sendAndWait(new UpdatePersonalData(clientId, body.toPersonalData()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{clientId}/application")
    ResponseEntity<Void> recordApplication(@PathVariable UUID clientId, @Valid @RequestBody ApplicationBody body) {
        commands.sendAndWait(new RecordServiceApplication(clientId, body.receivedOn(), body.acceptedOn()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{clientId}/requested-time-slots")
    ResponseEntity<Void> requestTimeSlots(@PathVariable UUID clientId, @Valid @RequestBody TimeSlotsBody body) {
        commands.sendAndWait(new RequestTimeSlots(clientId, body.slots(), body.note()));
        return ResponseEntity.noContent().build();
    }
}

package org.casework.api.client;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.api.audit.PersonalRead;
import org.casework.api.duplicates.SimilarFiles;
import org.casework.api.openapi.ApiTags;
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

@Tag(name = ApiTags.CLIENTS)
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

    @Operation(summary = "Register a client", description = """
            Opens a new client file. `firstName`, `lastName` and `birthDate` are required; the responsible worker \
            is the caller unless `responsibleWorker` names another enabled worker; `registeredOn` (the first \
            contact) is today unless backdated. A birth number (9 or 10 digits, optional slash after the sixth, \
            encoding the birth date, check digit) belongs to one file. Without a birth number, files of the same \
            name and birth date must be confirmed as another person with `confirmedDistinct: true`. In automatic \
            mode the file starts as `APPLICANT` (or `CONTACTED` if the organisation uses that state).""")
    @ApiResponse(responseCode = "201",
            description = "The client file is stored; `id` names it, `Location` is its card.")
    @ApiResponse(responseCode = "409", description = "`duplicate-birth-number` (field `birthNumber`: another file "
            + "holds it; `existingClientId` when the caller may see that file) or `possible-duplicate` (field "
            + "`confirmedDistinct`: files of the same name and birth date exist, `candidates` and "
            + "`hiddenCandidates`); or a concurrent write won.")
    @ApiResponse(responseCode = "422", description = "A rule is broken, e.g. `birth-number-check-digit`, "
            + "`not-in-future`, `unknown-worker` (field `responsibleWorker`), `date-range`, `control-character`.")
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
    @Operation(summary = "List clients: the coloured overview", description = """
            The client files the caller may see, in name order, each with its current `status` and `statusSince`, \
            today's `colour` and its `explanation`, `responsibleWorker`, `familyId` and `lastContactOn`. Filters: \
            `status`, `colour`, `worker`, and `q`, which searches names and birth number ignoring case and \
            diacritics ("dvorak" finds "Dvořák"). `total` only with `count=true`; otherwise `hasMore` tells whether \
            the next page holds anything. A merged file is not listed.""")
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

    @Operation(summary = "Read a client's card", description = """
            The client file as of today: personal data, the current `status`, `colour` and `explanation`, the \
            `contracts`, the current individual `plan` and the `family` the client belongs to. Logged in the access \
            log. An erased file shows `[erased]` for its personal data and `erasedOn`.""")
    @PersonalRead
    @GetMapping("/{clientId}")
    ClientCard card(@PathVariable UUID clientId) {
        return queries.find(new FindClientCard(clientId, LocalDate.now(clock)), ClientCard.class)
                .orElseThrow(() -> new NotFoundException("client", clientId));
    }

    @Operation(summary = "Replace a client's personal data", description = """
            Replaces the whole personal data with the fields of registration (without `responsibleWorker`, \
            `registeredOn` and `confirmedDistinct`): an absent field is emptied. The birth-number rules apply; a \
            changed number moves the file's claim on it.""")
    @ApiResponse(responseCode = "204", description = "The new personal data is stored.")
    @ApiResponse(responseCode = "409", description = "`duplicate-birth-number`: another file holds the number; or a "
            + "concurrent write won.")
    @PutMapping("/{clientId}/personal-data")
    ResponseEntity<Void> updatePersonalData(@PathVariable UUID clientId, @Valid @RequestBody PersonalDataBody body) {
        commands.sendAndWait(new UpdatePersonalData(clientId, body.toPersonalData()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Record the application for the service", description = """
            The client's application for the service: `receivedOn` required, `acceptedOn` optional and not before \
            it was received (`accepted-not-before-received`). Replaces an earlier record of the application.""")
    @ApiResponse(responseCode = "204", description = "The application is stored.")
    @PutMapping("/{clientId}/application")
    ResponseEntity<Void> recordApplication(@PathVariable UUID clientId, @Valid @RequestBody ApplicationBody body) {
        commands.sendAndWait(new RecordServiceApplication(clientId, body.receivedOn(), body.acceptedOn()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Set the requested personal-assistance times", description = """
            The times per weekday the client asks for, as `HH.MM-HH.MM` intervals joined by commas (e.g. \
            `"8.00-10.00, 14.00-16.30"`), start before end (`time-slot-format`), and a `note`. Replaces the earlier \
            request.""")
    @ApiResponse(responseCode = "204", description = "The requested times are stored.")
    @PutMapping("/{clientId}/requested-time-slots")
    ResponseEntity<Void> requestTimeSlots(@PathVariable UUID clientId, @Valid @RequestBody TimeSlotsBody body) {
        commands.sendAndWait(new RequestTimeSlots(clientId, body.slots(), body.note()));
        return ResponseEntity.noContent().build();
    }
}

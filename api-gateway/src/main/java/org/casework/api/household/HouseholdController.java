package org.casework.api.household;

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
import org.casework.command.household.AssessHousehold;
import org.casework.query.client.ClientQueries.ClientExists;
import org.casework.query.household.HouseholdQueries.FindHouseholdAssessments;
import org.casework.query.household.HouseholdQueries.HouseholdAssessments;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** A client's household and income assessments: the latest one and the history. */
@Tag(name = ApiTags.HOUSEHOLDS)
@RestController
@RequestMapping("/api/clients/{clientId}/household-assessments")
class HouseholdController {

    private final CommandGateway commands;
    private final QueryClient queries;
    private final Clock clock;

    HouseholdController(CommandGateway commands, QueryClient queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @Operation(summary = "Record a household and income assessment", description = """
            A household and income assessment of the client (seed 002, fields 7–38): `peopleInDwelling` required, \
            `assessedOn` (default today), `members` (each `name` and `relation` required; `birthPlace`, \
            `birthDate`, `tenure`, `connections`, `incomes`) and `clientIncomes`. An income is `type`, `kind`, \
            `kindNote` (required with `OTHER`) and `monthlyAmount` (whole, not negative). Total and per-capita \
            income are computed, never entered.""")
    @ApiResponse(responseCode = "201", description = "The assessment is stored; `id` names it, `Location` is the "
            + "client's assessments.")
    @PostMapping
    ResponseEntity<Created> assess(@PathVariable UUID clientId, @Valid @RequestBody AssessmentBody body) {
        UUID assessmentId = UUID.randomUUID();
        commands.sendAndWait(new AssessHousehold(clientId, assessmentId,
                body.assessedOn() != null ? body.assessedOn() : LocalDate.now(clock), body.peopleInDwelling(),
                body.toMembers(), body.toClientIncomes()));
        return Created.at("/api/clients/" + clientId + "/household-assessments", assessmentId);
    }

    @Operation(summary = "Read a client's household assessments", description = """
            `latest` (the one with the latest `assessedOn`; on one day the one recorded last) and the `history`, \
            newest first, each with its members, incomes, `totalIncome` and `perCapitaIncome`. Logged in the \
            access log.""")
    @PersonalRead
    @GetMapping
    HouseholdAssessments assessments(@PathVariable UUID clientId) {
        if (!queries.one(new ClientExists(clientId), Boolean.class)) {
            throw new NotFoundException("client", clientId);
        }
        return queries.one(new FindHouseholdAssessments(clientId), HouseholdAssessments.class);
    }
}

package org.casework.api.household;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.api.audit.PersonalRead;
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

    @PostMapping
    ResponseEntity<Created> assess(@PathVariable UUID clientId, @Valid @RequestBody AssessmentBody body) {
        UUID assessmentId = UUID.randomUUID();
        commands.sendAndWait(new AssessHousehold(clientId, assessmentId,
                body.assessedOn() != null ? body.assessedOn() : LocalDate.now(clock), body.peopleInDwelling(),
                body.toMembers(), body.toClientIncomes()));
        return Created.at("/api/clients/" + clientId + "/household-assessments", assessmentId);
    }

    @PersonalRead
    @GetMapping
    HouseholdAssessments assessments(@PathVariable UUID clientId) {
        if (!queries.one(new ClientExists(clientId), Boolean.class)) {
            throw new NotFoundException("client", clientId);
        }
        return queries.one(new FindHouseholdAssessments(clientId), HouseholdAssessments.class);
    }
}

package org.casework.api.client;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.api.care.CareFileController;
import org.casework.api.care.ContractBody;
import org.casework.api.care.ContractCorrectionBody;
import org.casework.api.care.ContractEndBody;
import org.casework.api.care.PlanBody;
import org.casework.api.care.StatusBody;
import org.casework.api.web.QueryClient;
import org.casework.command.client.CorrectContract;
import org.casework.command.client.MarkStatusInError;
import org.casework.command.client.VoidContract;
import org.casework.command.contract.EndContract;
import org.casework.command.contract.SignContract;
import org.casework.command.plan.AdoptPlan;
import org.casework.command.status.RecordStatus;
import org.casework.query.care.ContractCard;
import org.casework.query.care.FileKind;
import org.casework.query.client.ClientCard;
import org.casework.query.client.ClientQueries.ClientExists;
import org.casework.query.client.ClientQueries.FindClientCard;
import org.casework.query.client.ClientQueries.FindPlanVersions;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Status entries, contracts and the individual plan of a client (R2). */
@RestController
@RequestMapping("/api/clients/{id}")
class ClientStatusController extends CareFileController {

    private final QueryClient queries;

    ClientStatusController(CommandGateway commands, QueryClient queries, Clock clock) {
        super(commands, queries, clock);
        this.queries = queries;
    }

    @Override
    protected FileKind kind() {
        return FileKind.CLIENT;
    }

    @Override
    protected String path(UUID id) {
        return "/api/clients/" + id;
    }

    @Override
    protected Object recordStatusCommand(UUID id, StatusBody body) {
        return new RecordStatus(id, body.toManualStatus());
    }

    @Override
    protected Object signContractCommand(UUID id, UUID contractId, ContractBody body) {
        return new SignContract(id, contractId, body.number(), body.signedOn(), body.validFrom(), body.validTo());
    }

    @Override
    protected Object endContractCommand(UUID id, UUID contractId, ContractEndBody body) {
        return new EndContract(id, contractId, body.endedOn(), body.reason());
    }

    @Override
    protected Object adoptPlanCommand(UUID id, PlanBody body) {
        return new AdoptPlan(id, body.validFrom(), body.reviewDue(), body.goals());
    }

    @Override
    protected Object markStatusInErrorCommand(UUID id, int entry, String reason) {
        return new MarkStatusInError(id, entry, reason);
    }

    @Override
    protected Object correctContractCommand(UUID id, UUID contractId, ContractCorrectionBody body) {
        return new CorrectContract(id, contractId, body.number(), body.signedOn(), body.validFrom(),
                body.validTo(), body.reason());
    }

    @Override
    protected Object voidContractCommand(UUID id, UUID contractId, String reason) {
        return new VoidContract(id, contractId, reason);
    }

    @Override
    protected List<ContractCard> contractsOf(UUID id, LocalDate today) {
        return queries.find(new FindClientCard(id, today), ClientCard.class).orElseThrow(() -> notFound(id))
                .contracts();
    }

    @Override
    protected boolean exists(UUID id) {
        return queries.one(new ClientExists(id), Boolean.class);
    }

    @Override
    protected Object findPlanVersions(UUID id) {
        return new FindPlanVersions(id);
    }
}
